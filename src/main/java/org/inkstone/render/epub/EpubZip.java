package org.inkstone.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The OCF container: {@code mimetype} first, stored, without an extra field; then every other file
 * deflated, in the order added, all with one fixed timestamp (so equal books give equal bytes).
 */
final class EpubZip {
    private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
    /**
     * The first DOS time the JDK writes without an extended-timestamp extra field: at 1980-01-01T00:00
     * itself it still adds one (9 bytes), which EPUBCheck refuses on {@code mimetype} (PKG-005) — so a
     * build at {@code SOURCE_DATE_EPOCH=0} would not be a valid EPUB.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 2, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private record Entry(byte[] content, boolean compress) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final LocalDateTime time;

    /** @param time the entries' timestamp (kept within what a ZIP's DOS date can hold, to even seconds) */
    EpubZip(LocalDateTime time) {
        LocalDateTime t = time.isBefore(EARLIEST) ? EARLIEST : time.isAfter(LATEST) ? LATEST : time;
        this.time = t.withNano(0).withSecond(t.getSecond() & ~1);
    }

    /** Adds a file, deflated. */
    EpubZip add(String path, byte[] content) {
        return add(path, content, true);
    }

    /** Adds a file; {@code compress} false stores it as it is (for PNG, JPEG and other compressed formats). */
    EpubZip add(String path, byte[] content, boolean compress) {
        if (entries.containsKey(path) || path.equals("mimetype")) throw new IllegalArgumentException("duplicate entry " + path);
        entries.put(path, new Entry(content, compress));
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16);
        try (ZipOutputStream zip = new ZipOutputStream(buffer, StandardCharsets.UTF_8)) {
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            stored(zip, "mimetype", MIMETYPE);
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                if (!e.getValue().compress()) {
                    stored(zip, e.getKey(), e.getValue().content());
                    continue;
                }
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setMethod(ZipEntry.DEFLATED);
                entry.setTimeLocal(time);
                zip.putNextEntry(entry);
                zip.write(e.getValue().content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    private void stored(ZipOutputStream zip, String path, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(content.length);
        entry.setCompressedSize(content.length);
        CRC32 crc = new CRC32();
        crc.update(content);
        entry.setCrc(crc.getValue());
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }
}
