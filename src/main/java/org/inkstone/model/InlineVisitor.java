package org.inkstone.model;

public interface InlineVisitor<R> {
    R visitText(Text text);
    R visitEmphasis(Emphasis emphasis);
    R visitStrong(Strong strong);
    R visitStrikethrough(Strikethrough strikethrough);
    R visitHighlight(Highlight highlight);
    R visitSubscript(Subscript subscript);
    R visitSuperscript(Superscript superscript);
    R visitCode(Code code);
    R visitMathInline(MathInline math);
    R visitLink(Link link);
    R visitImage(Image image);
    R visitFootnoteRef(FootnoteRef ref);
    R visitSoftBreak(SoftBreak softBreak);
    R visitHardBreak(HardBreak hardBreak);
    R visitRawHtmlInline(RawHtml html);
    R visitEditorNoteInline(EditorNote note);
    R visitWikiLink(WikiLink link);
    R visitSpan(Span span);
}
