package org.inkstone.render.epub;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code package.opf}: the EPUB 3.3 package document: metadata (Dublin Core with publisher and rights when
 * given, the series as a {@code belongs-to-collection}, a11y, the one {@code dcterms:modified}), the
 * manifest of every file and the spine in reading order.
 */
final class PackageDocument {
    static final String FILE = "package.opf";

    /** A spine entry: the manifest id of a content document, and whether it is part of the linear reading order. */
    record SpineItem(String idref, boolean linear) {}

    private PackageDocument() {}

    static byte[] build(BookMetadata meta, List<Resource> manifest, List<SpineItem> spine, String coverImageId,
                        boolean hasImages, String summary) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"")
                .append(XmlText.escape(meta.language())).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(sb, "dc:identifier", "pub-id", meta.identifier());
        element(sb, "dc:title", "title", meta.title());
        refine(sb, "title", "title-type", null, "main");
        if (!meta.subtitle().isEmpty()) {
            element(sb, "dc:title", "subtitle", meta.subtitle());
            refine(sb, "subtitle", "title-type", null, "subtitle");
        }
        for (int i = 0; i < meta.authors().size(); i++) {
            String id = "creator-" + (i + 1);
            element(sb, "dc:creator", id, meta.authors().get(i));
            refine(sb, id, "role", "marc:relators", "aut");
            refine(sb, id, "display-seq", null, String.valueOf(i + 1));
        }
        element(sb, "dc:language", null, meta.language());
        if (!meta.date().isEmpty()) element(sb, "dc:date", null, meta.date());
        if (!meta.description().isEmpty()) element(sb, "dc:description", null, meta.description());
        if (!meta.publisher().isEmpty()) element(sb, "dc:publisher", null, meta.publisher());
        if (!meta.rights().isEmpty()) element(sb, "dc:rights", null, meta.rights());
        for (String k : meta.keywords()) element(sb, "dc:subject", null, k);
        property(sb, "dcterms:modified", meta.modified());
        if (!meta.series().isEmpty()) {
            sb.append("<meta property=\"belongs-to-collection\" id=\"series\">").append(XmlText.escape(meta.series())).append("</meta>\n");
            refine(sb, "series", "collection-type", null, "series");
        }
        property(sb, "schema:accessMode", "textual");
        if (hasImages) property(sb, "schema:accessMode", "visual");
        property(sb, "schema:accessModeSufficient", "textual");
        for (String f : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            property(sb, "schema:accessibilityFeature", f);
        }
        if (hasImages) property(sb, "schema:accessibilityFeature", "alternativeText");
        property(sb, "schema:accessibilityHazard", "none");
        property(sb, "schema:accessibilitySummary", summary);
        if (coverImageId != null) sb.append("<meta name=\"cover\" content=\"").append(coverImageId).append("\"/>\n");
        sb.append("</metadata>\n<manifest>\n");
        for (Resource r : manifest) {
            sb.append("<item id=\"").append(r.id()).append("\" href=\"").append(XmlText.escape(r.href()))
                    .append("\" media-type=\"").append(r.mediaType()).append('"');
            if (!r.properties().isEmpty()) sb.append(" properties=\"").append(r.properties()).append('"');
            sb.append("/>\n");
        }
        sb.append("</manifest>\n<spine toc=\"ncx\">\n");
        for (SpineItem s : spine) {
            sb.append("<itemref idref=\"").append(s.idref()).append('"');
            if (!s.linear()) sb.append(" linear=\"no\"");
            sb.append("/>\n");
        }
        sb.append("</spine>\n</package>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder sb, String name, String id, String text) {
        sb.append('<').append(name);
        if (id != null) sb.append(" id=\"").append(id).append('"');
        sb.append('>').append(XmlText.escape(text)).append("</").append(name).append(">\n");
    }

    private static void refine(StringBuilder sb, String id, String property, String scheme, String value) {
        sb.append("<meta refines=\"#").append(id).append("\" property=\"").append(property).append('"');
        if (scheme != null) sb.append(" scheme=\"").append(scheme).append('"');
        sb.append('>').append(XmlText.escape(value)).append("</meta>\n");
    }

    private static void property(StringBuilder sb, String property, String value) {
        sb.append("<meta property=\"").append(property).append("\">").append(XmlText.escape(value)).append("</meta>\n");
    }
}
