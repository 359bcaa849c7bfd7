package org.inkstone.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * An EPUB unzipped in memory, so that its chapters' XHTML can be shown with the EPUB's own CSS and fonts
 * under {@code /epub/<entry>}.
 *
 * @param entries  every entry's bytes by its name in the zip
 * @param chapters the XHTML entries in zip order (the package writes them in reading order)
 */
record EpubContents(Map<String, byte[]> entries, List<String> chapters) {
    /** Larger EPUBs are not unzipped for the preview. */
    static final long MAX_BYTES = 512L * 1024 * 1024;

    static EpubContents of(byte[] epub) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        List<String> chapters = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.isDirectory() || !ServedFolder.acceptable(e.getName())) continue;
                byte[] bytes = zip.readAllBytes();
                total += bytes.length;
                if (total > MAX_BYTES) throw new IOException("the EPUB unzips to more than " + MAX_BYTES + " bytes");
                entries.put(e.getName(), bytes);
                if (e.getName().endsWith(".xhtml")) chapters.add(e.getName());
            }
        }
        return new EpubContents(Map.copyOf(entries), List.copyOf(chapters));
    }
}
