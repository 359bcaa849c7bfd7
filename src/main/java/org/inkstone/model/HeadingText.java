package org.inkstone.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading's text as the rendered heading element reads: its words, code, formulas (as TeX) and
 * link texts, with whitespace collapsed and the ends trimmed the way jsoup's {@code text()} does,
 * so that what is computed from the model is what was read from the page before. Images give no
 * text (their alt is an attribute), a raw {@code <br>} gives a space.
 *
 * <p>{@link #of} leaves out footnote references and editor notes (the reader's text: contents,
 * bookmarks, running titles); {@link #withMarks} keeps them as the page shows them (the number, the
 * labelled note), as the EPUB navigation has always shown its headings.
 */
public final class HeadingText extends PlainText {
    private static final Pattern RAW_BREAK = Pattern.compile("(?i)<br\\s*/?>");

    /** The label the page puts before an editor note, or null to leave notes and note numbers out. */
    private final String noteLabel;

    private HeadingText(String noteLabel) {
        this.noteLabel = noteLabel;
    }

    /** The heading's text without footnote references and editor notes. */
    public static String of(List<Inline> inlines) {
        return normalized(new HeadingText(null).all(inlines));
    }

    /** The heading's text with footnote numbers and editor notes (each after {@code noteLabel} and a space). */
    public static String withMarks(List<Inline> inlines, String noteLabel) {
        return normalized(new HeadingText(noteLabel).all(inlines));
    }

    /**
     * Whitespace runs (ASCII spaces and no-break spaces) to one space, zero-width spaces and soft
     * hyphens dropped, the ends trimmed: jsoup's normalisation, then {@link String#strip()}.
     */
    static String normalized(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        boolean lastWasWhite = true;
        for (int i = 0; i < raw.length(); ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 160) {
                if (!lastWasWhite) sb.append(' ');
                lastWasWhite = true;
            } else if (c != 8203 && c != 173) {
                sb.appendCodePoint(c);
                lastWasWhite = false;
            }
        }
        return sb.toString().trim().strip();
    }

    @Override public String visitImage(Image image) { return ""; }
    @Override public String visitRawHtmlInline(RawHtml html) { return RAW_BREAK.matcher(html.html().strip()).matches() ? " " : ""; }

    @Override public String visitFootnoteRef(FootnoteRef ref) {
        return noteLabel == null ? "" : String.valueOf(ref.number());
    }

    @Override public String visitEditorNoteInline(EditorNote note) {
        return noteLabel == null ? "" : noteLabel + " " + note.text();
    }
}
