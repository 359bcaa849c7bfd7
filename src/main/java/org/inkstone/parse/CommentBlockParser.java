package org.inkstone.parse;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.Set;

/**
 * Reads an Obsidian comment block: a line whose text starts with {@code %%} opens it, and it takes
 * every line (blank lines and Markdown included) up to the one holding the closing {@code %%}, or
 * to the end of its container when there is none. A line like {@code %% a %% more text} is not a
 * block: its comment is inline ({@link CommentSyntax}). A {@code %%} line inside an open
 * {@code $$} formula is TeX, not a comment.
 */
final class CommentBlockParser extends AbstractBlockParser {
    private final CommentBlock block = new CommentBlock();
    private final StringBuilder text = new StringBuilder();
    private BlockContent content = new BlockContent();
    private boolean closed;

    @Override public Block getBlock() { return block; }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closed ? BlockContinue.none() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        String s = line.toString();
        int from = 0;
        if (content.getLineCount() == 0) from = s.indexOf(CommentSyntax.MARKER) + 2;
        content.add(line, state.getIndent());
        int close = s.indexOf(CommentSyntax.MARKER, from);
        if (close < 0) {
            text.append(s, from, s.length());
            return;
        }
        text.append(s, from, close);
        block.trailing = s.substring(close + 2).strip();
        closed = true;
    }

    @Override public boolean canContain(ParserState state, BlockParser blockParser, Block block) { return false; }

    @Override public boolean isRawText() { return true; }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        block.text = text.toString().strip();
        block.closed = closed;
        content = null;
    }

    /** Registers the parser with flexmark. */
    static final class Factory implements CustomBlockParserFactory {
        @Override public Set<Class<?>> getAfterDependents() { return null; }
        @Override public Set<Class<?>> getBeforeDependents() { return null; }
        @Override public boolean affectsGlobalScope() { return false; }
        @Override public BlockParserFactory apply(DataHolder options) { return new Starter(options); }
    }

    private static final class Starter extends AbstractBlockParserFactory {
        Starter(DataHolder options) {
            super(options);
        }

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) return BlockStart.none();
            BasedSequence line = state.getLine();
            int at = state.getNextNonSpaceIndex();
            if (!line.subSequence(at).startsWith(CommentSyntax.MARKER)) return BlockStart.none();
            String rest = line.subSequence(at + 2).toString();
            int close = rest.indexOf(CommentSyntax.MARKER);
            if (close >= 0 && !rest.substring(close + 2).isBlank()) return BlockStart.none(); // an inline comment
            if (matched.getBlockParser().isParagraphParser() && insideDisplayMath(matched.getParagraphContent())) {
                return BlockStart.none();
            }
            return BlockStart.of(new CommentBlockParser()).atIndex(state.getIndex());
        }

        /** True when the paragraph so far has an unclosed {@code $$}: then {@code %%} is a TeX comment. */
        private static boolean insideDisplayMath(BasedSequence paragraph) {
            if (paragraph == null) return false;
            String s = paragraph.toString();
            int count = 0;
            for (int i = 0; i + 1 < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') { i++; continue; }
                if (c == '$' && s.charAt(i + 1) == '$') { count++; i++; }
            }
            return count % 2 == 1;
        }
    }
}
