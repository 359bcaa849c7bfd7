package org.inkstone.render.epub;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code toc.ncx}: the EPUB 2 table of contents that older readers still look for, the same tree as the nav. */
final class Ncx {
    static final String FILE = "toc.ncx";

    private Ncx() {}

    static byte[] build(String identifier, String title, List<TocEntry> toc) {
        StringBuilder sb = new StringBuilder(1024);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n")
                .append("<meta name=\"dtb:uid\" content=\"").append(XmlText.escape(identifier)).append("\"/>\n")
                .append("<meta name=\"dtb:depth\" content=\"").append(Math.max(1, depth(toc))).append("\"/>\n")
                .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
                .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
                .append("<docTitle><text>").append(XmlText.escape(title)).append("</text></docTitle>\n<navMap>\n");
        points(sb, toc, new int[] {0}, 1);
        sb.append("</navMap>\n</ncx>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void points(StringBuilder sb, List<TocEntry> entries, int[] order, int indent) {
        for (TocEntry e : entries) {
            int n = ++order[0];
            String pad = "  ".repeat(indent);
            sb.append(pad).append("<navPoint id=\"navpoint-").append(n).append("\" playOrder=\"").append(n).append("\">")
                    .append("<navLabel><text>").append(XmlText.escape(e.text())).append("</text></navLabel>")
                    .append("<content src=\"").append(XmlText.escape(e.href())).append("\"/>");
            if (e.children().isEmpty()) {
                sb.append("</navPoint>\n");
            } else {
                sb.append('\n');
                points(sb, e.children(), order, indent + 1);
                sb.append(pad).append("</navPoint>\n");
            }
        }
    }

    static int depth(List<TocEntry> entries) {
        int d = 0;
        for (TocEntry e : entries) d = Math.max(d, 1 + depth(e.children()));
        return d;
    }
}
