package org.inkstone.model;

public interface BlockVisitor<R> {
    R visitHeading(Heading heading);
    R visitParagraph(Paragraph paragraph);
    R visitBlockQuote(BlockQuote quote);
    R visitBulletList(BulletList list);
    R visitOrderedList(OrderedList list);
    R visitCodeBlock(CodeBlock code);
    R visitMathBlock(MathBlock math);
    R visitTable(Table table);
    R visitFigure(Figure figure);
    R visitThematicBreak(ThematicBreak rule);
    R visitCallout(Callout callout);
    R visitDefinitionList(DefinitionList list);
    R visitRawHtmlBlock(RawHtml html);
    R visitEditorNoteBlock(EditorNote note);
    R visitToc(TocPlaceholder toc);
    R visitNoteEmbed(NoteEmbed embed);
    R visitContainer(Container container);
}
