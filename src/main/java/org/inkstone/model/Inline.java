package org.inkstone.model;

/** An inline node. Adding a permitted type breaks every {@link InlineVisitor} until it is handled. */
public sealed interface Inline
        permits Text, Emphasis, Strong, Strikethrough, Highlight, Subscript, Superscript, Code, MathInline,
                Link, Image, FootnoteRef, SoftBreak, HardBreak, RawHtml, EditorNote, WikiLink, Span {

    <R> R accept(InlineVisitor<R> visitor);
}
