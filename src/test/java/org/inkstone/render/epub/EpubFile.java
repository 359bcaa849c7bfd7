package org.inkstone.render.epub;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An EPUB read back for tests: its entries in order, and its XML files parsed (jsoup's XML parser). */
final class EpubFile {
    static final String ROOT = "EPUB/";
    final byte[] bytes;
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final Map<String, Integer> methods = new LinkedHashMap<>();

    private EpubFile(byte[] bytes) {
        this.bytes = bytes;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), zip.readAllBytes());
                methods.put(e.getName(), e.getMethod());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static EpubFile read(Path epub) {
        try {
            return new EpubFile(Files.readAllBytes(epub));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        byte[] b = entries.get(name);
        if (b == null) throw new AssertionError("no entry " + name + " in " + entries.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    Document xml(String name) {
        return Jsoup.parse(text(name), "", Parser.xmlParser());
    }

    Document opf() {
        return xml(ROOT + "package.opf");
    }

    /** Manifest hrefs of the spine, in order. */
    List<String> spine() {
        Document opf = opf();
        List<String> out = new ArrayList<>();
        for (Element ref : opf.select("spine > itemref")) {
            out.add(opf.selectFirst("manifest > item[id=" + ref.attr("idref") + "]").attr("href"));
        }
        return out;
    }

    /** Chapter files in spine order. */
    List<String> chapters() {
        return spine().stream().filter(h -> h.startsWith("chapter-")).toList();
    }

    /** Top-level headings (levels 1–3) of the chapters, in reading order, as text. */
    List<String> headings() {
        List<String> out = new ArrayList<>();
        for (String c : chapters()) {
            for (Element h : xml(ROOT + c).select("body > section > h1, body > section > h2, body > section > h3")) {
                out.add(h.text().strip());
            }
        }
        return out;
    }

    /** Entries of the nav's toc, depth first. */
    List<Element> navLinks() {
        return xml(ROOT + "nav.xhtml").select("nav[epub:type=toc] a");
    }
}
