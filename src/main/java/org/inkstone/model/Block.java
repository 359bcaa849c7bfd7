package org.inkstone.model;

/** A block-level node. Adding a permitted type breaks every {@link BlockVisitor} until it is handled. */
public sealed interface Block
        permits Heading, Paragraph, BlockQuote, BulletList, OrderedList, CodeBlock, MathBlock, Table,
                Figure, ThematicBreak, Callout, DefinitionList, RawHtml, EditorNote, TocPlaceholder, Container,
                NoteEmbed {

    <R> R accept(BlockVisitor<R> visitor);
}
