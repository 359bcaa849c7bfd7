package org.inkstone.model;

import java.util.List;

/**
 * The text a reader sees in a run of inlines, without markup (for titles, ids, alt text, TOC). A
 * subclass changes what some kinds of inline give ({@link HeadingText}).
 */
public class PlainText implements InlineVisitor<String> {
    private static final PlainText INSTANCE = new PlainText();

    PlainText() {}

    public static String of(List<Inline> inlines) {
        return INSTANCE.all(inlines);
    }

    /** The text of {@code inlines}, each read by this visitor. */
    final String all(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : inlines) sb.append(i.accept(this));
        return sb.toString();
    }

    @Override public String visitText(Text text) { return text.text(); }
    @Override public String visitEmphasis(Emphasis e) { return all(e.content()); }
    @Override public String visitStrong(Strong s) { return all(s.content()); }
    @Override public String visitStrikethrough(Strikethrough s) { return all(s.content()); }
    @Override public String visitHighlight(Highlight h) { return all(h.content()); }
    @Override public String visitSubscript(Subscript s) { return all(s.content()); }
    @Override public String visitSuperscript(Superscript s) { return all(s.content()); }
    @Override public String visitCode(Code code) { return code.text(); }
    @Override public String visitMathInline(MathInline math) { return math.tex(); }
    @Override public String visitLink(Link link) { return all(link.content()); }
    @Override public String visitImage(Image image) { return image.alt(); }
    @Override public String visitFootnoteRef(FootnoteRef ref) { return ""; }
    @Override public String visitSoftBreak(SoftBreak b) { return " "; }
    @Override public String visitHardBreak(HardBreak b) { return " "; }
    @Override public String visitRawHtmlInline(RawHtml html) { return ""; }
    @Override public String visitEditorNoteInline(EditorNote note) { return ""; }
    @Override public String visitWikiLink(WikiLink link) { return link.label(); }
    @Override public String visitSpan(Span span) { return all(span.content()); }
}
