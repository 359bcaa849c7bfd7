package org.inkstone.render.epub;

/** Text for the package's XML files: escaped, and without the characters XML 1.0 cannot hold. */
final class XmlText {
    private XmlText() {}

    /** Escapes {@code & < > " '} and drops control characters, lone surrogates and U+FFFE/U+FFFF. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (allowed(cp)) sb.appendCodePoint(cp);
                }
            }
        }
        return sb.toString();
    }

    /** The string without characters XML 1.0 forbids (a serialised XHTML page passes through this). */
    static String clean(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!allowed(cp)) return strip(s);
            i += Character.charCount(cp);
        }
        return s;
    }

    private static String strip(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(XmlText::allowed).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
