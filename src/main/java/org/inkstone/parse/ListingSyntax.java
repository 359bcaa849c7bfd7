package org.inkstone.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a chapter listing (SUMMARY.md, book.yaml) writes for a chapter: its title as inline Markdown,
 * its file as a link destination. Shared by {@link SummaryReader} and {@link BookYamlReader} so that
 * both give {@link ChapterList.Entry} the same plain titles and paths.
 */
final class ListingSyntax {
    /** A URL scheme of two or more letters ({@code https:}, {@code mailto:}); one letter is a drive ({@code C:}). */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:.*", Pattern.DOTALL);

    private ListingSyntax() {}

    /**
     * One line of inline Markdown, parsed as a paragraph. A '.' goes in front so that the line is never
     * read as a block ({@code 1. 引言} is not a list, {@code # x} no heading); {@link #text} takes it off.
     * {@code definitions} are reference definitions ({@code [ref]: file.md} lines) the line may use.
     */
    static Paragraph inline(String markdown, String definitions) {
        String source = "." + markdown.strip() + (definitions.isEmpty() ? "" : "\n\n" + definitions);
        Document doc = FlexmarkSetup.parserFor(source).parse(source);
        return doc.getFirstChild() instanceof Paragraph p ? p : null;
    }

    /** The text a reader sees in a paragraph from {@link #inline}, without the '.' put in front. */
    static String text(Paragraph paragraph) {
        String s = InlineConverter.plainText(paragraph);
        return (s.startsWith(".") ? s.substring(1) : s).strip();
    }

    /** The plain text of a node inside such a paragraph (a link's text). */
    static String text(Node node) {
        return InlineConverter.plainText(node).strip();
    }

    /** Inline Markdown ({@code **x**}, {@code `x`}, {@code [x](y)}) reduced to its text. */
    static String plainText(String markdown) {
        if (markdown.isBlank()) return "";
        Paragraph p = inline(markdown, "");
        return p == null ? markdown.strip() : text(p);
    }

    /**
     * The warning for a chapter that is a web address: {@code named} is how the listing names it; with
     * sections it stays as a heading without a page above them, else it is left out.
     */
    static String externalWarning(String named, boolean hasSections) {
        return named + " is a web address, not a chapter file; only the book's own Markdown files are chapters, so "
                + (hasSections ? "it is listed as a heading without a page above its sections" : "it is left out of the book")
                + " (put the link inside a chapter instead)";
    }

    /** A web address or another scheme ({@code https:}, {@code mailto:}, {@code //host}): not a file of the book. */
    static boolean isExternal(String written) {
        String s = written.strip();
        return s.startsWith("//") || SCHEME.matcher(s).matches();
    }

    /**
     * The file a chapter link names, as {@link ChapterList.Entry#path()} gives it: angle brackets,
     * {@code #fragment} and {@code ?query} removed, percent-escapes decoded, '\' made '/', a leading
     * {@code ./} removed. "" when only a fragment or nothing is written.
     */
    static String path(String written) {
        String s = written.strip();
        if (s.length() >= 2 && s.startsWith("<") && s.endsWith(">")) s = s.substring(1, s.length() - 1).strip();
        int hash = s.indexOf('#');
        if (hash >= 0) s = s.substring(0, hash);
        int query = s.indexOf('?');
        if (query >= 0) s = s.substring(0, query);
        s = percentDecoded(s).replace('\\', '/');
        while (s.startsWith("./")) s = s.substring(2);
        return s;
    }

    /** {@code %E7%AC%AC%201.md} → {@code 第 1.md}; a run of escapes that is not UTF-8 stays as written. */
    static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) return s;
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (!escapeAt(s, i)) {
                out.append(s.charAt(i++));
                continue;
            }
            int start = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (escapeAt(s, i)) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                out.append(s, start, i);
            }
        }
        return out.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%'
                && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0;
    }
}
