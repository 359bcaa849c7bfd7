package org.inkstone.parse;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;

import java.util.List;

/** The one configured flexmark parser. Building it is costly, so it is built once; it is thread-safe. */
final class FlexmarkSetup {
    private FlexmarkSetup() {}

    /** Each parser is built when first asked for (a holder class each): most runs need only the one without admonitions. */
    private static final class WithAdmonitions {
        static final Parser PARSER = build(true);
    }

    private static final class WithoutAdmonitions {
        static final Parser PARSER = build(false);
    }

    private static final java.util.regex.Pattern MKDOCS_MARKER = java.util.regex.Pattern.compile("(?m)^[ \t]*(?:!!!|\\?\\?\\?)");

    /**
     * The parser for this text. flexmark's admonition parser compiles a regular expression at every
     * line start (a third of the parse time of a large book), so it is only used when the text has
     * an MkDocs {@code !!!}/{@code ???} marker at the start of a line.
     */
    static Parser parserFor(CharSequence text) {
        return MKDOCS_MARKER.matcher(text).find() ? WithAdmonitions.PARSER : WithoutAdmonitions.PARSER;
    }

    private static Parser build(boolean admonitions) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new java.util.ArrayList<>(List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughSubscriptExtension.create(),
                SuperscriptExtension.create(), TaskListExtension.create(),
                WikiLinkExtension.create(), DefinitionExtension.create(), new InkstoneSyntax()));
        if (admonitions) extensions.add(AdmonitionExtension.create());
        options.set(Parser.EXTENSIONS, extensions);
        // Our CJK-aware emphasis replaces the built-in '*' and '_' processors.
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.IMAGE_LINKS, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        options.set(TablesExtension.WITH_CAPTION, false);
        // GitHub, Obsidian and pandoc take one dash per cell: "a | b" over "-- | --" (or ":-|-:") is a table.
        options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
        // GFM: exactly one header row; a delimiter row with nothing above it ("| - |") is text.
        options.set(TablesExtension.MIN_HEADER_ROWS, 1);
        options.set(TablesExtension.MAX_HEADER_ROWS, 1);
        options.set(Parser.BLANK_LINES_IN_AST, false);
        options.set(Parser.SPACE_IN_LINK_URLS, true); // Typora writes ![x](<assets/截图 1.png>)
        return Parser.builder(options).build();
    }

    /**
     * Registers Inkstone's own syntax: math, highlight, CJK-aware emphasis, linear-time inline HTML,
     * Obsidian {@code %%} comments and {@code :::} containers.
     */
    private static final class InkstoneSyntax implements Parser.ParserExtension {
        @Override public void parserOptions(com.vladsch.flexmark.util.data.MutableDataHolder options) {}

        @Override
        public void extend(Parser.Builder builder) {
            builder.customDelimiterProcessor(new CjkEmphasis.Asterisk());
            builder.customDelimiterProcessor(new CjkEmphasis.Underscore());
            builder.customDelimiterProcessor(new HighlightDelimiter());
            builder.customInlineParserExtensionFactory(InlineSyntax.factory("$", MathSyntax::new));
            builder.customInlineParserExtensionFactory(InlineSyntax.factory("<", HtmlTagSyntax::new));
            builder.customBlockParserFactory(new FencedDivParser.Factory());
            builder.customInlineParserExtensionFactory(InlineSyntax.factory("%", CommentSyntax::new));
            builder.customBlockParserFactory(new CommentBlockParser.Factory());
        }
    }
}
