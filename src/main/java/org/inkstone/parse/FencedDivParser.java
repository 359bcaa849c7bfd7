package org.inkstone.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
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
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code :::} containers. An opening fence is three or more colons and then something (a
 * word, a word and a title, or pandoc attributes), optionally followed by more colons; a line of
 * three or more colons alone closes the innermost open container (pandoc's rule, which also reads
 * markdown-it's longer outer fences right). A fence line inside a code block in the container is
 * code. An opening fence may interrupt a paragraph, as markdown-it allows.
 */
final class FencedDivParser extends AbstractBlockParser {
    private static final Pattern OPENING = Pattern.compile("^:{3,}\\s*(.*?)[\\s:]*$");
    private static final Pattern CLOSING = Pattern.compile("^:{3,}\\s*$");

    private final FencedDiv block;
    /** The opening fence line, where the container starts in the source. */
    private final BasedSequence opening;

    private FencedDivParser(String info, BasedSequence opening) {
        this.block = new FencedDiv(info);
        this.opening = opening;
    }

    @Override public Block getBlock() { return block; }
    @Override public boolean isContainer() { return true; }
    @Override public boolean canContain(ParserState state, BlockParser blockParser, Block block) { return true; }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        // flexmark's "finished" only ends the deepest open block, so the closing line is taken as an
        // empty line (which ends the paragraphs inside) and the container ends at the next line
        if (block.closed) return BlockContinue.none();
        if (state.getIndent() < 4 && CLOSING.matcher(rest(state)).matches() && !innerOwnsLine(state)) {
            block.closed = true;
            return BlockContinue.atIndex(state.getLine().length());
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    /** A code block or a container opened inside this one takes the fence line itself. */
    private boolean innerOwnsLine(ParserState state) {
        List<BlockParser> open = state.getActiveBlockParsers();
        int self = open.indexOf(this);
        for (int i = self + 1; i < open.size(); i++) {
            if (open.get(i) instanceof FencedDivParser inner && !inner.block.closed) return true;
            if (open.get(i).getBlock() instanceof FencedCodeBlock) return true;
        }
        return false;
    }

    @Override
    public void closeBlock(ParserState state) {
        int end = opening.getEndOffset();
        if (block.getLastChild() != null) end = Math.max(end, block.getLastChild().getEndOffset());
        block.setChars(opening.baseSubSequence(opening.getStartOffset(), end));
    }

    private static CharSequence rest(ParserState state) {
        return state.getLine().subSequence(state.getNextNonSpaceIndex(), state.getLine().length());
    }

    /** Registers the parser with flexmark. */
    static final class Factory implements CustomBlockParserFactory {
        @Override public Set<Class<?>> getAfterDependents() { return null; }
        @Override public Set<Class<?>> getBeforeDependents() { return null; }
        @Override public boolean affectsGlobalScope() { return false; }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) return BlockStart.none();
                    CharSequence line = rest(state);
                    if (line.length() < 4 || line.charAt(0) != ':') return BlockStart.none();
                    Matcher m = OPENING.matcher(line);
                    if (!m.matches() || m.group(1).isEmpty()) return BlockStart.none();
                    return BlockStart.of(new FencedDivParser(m.group(1), state.getLine())).atIndex(state.getLine().length());
                }
            };
        }
    }
}
