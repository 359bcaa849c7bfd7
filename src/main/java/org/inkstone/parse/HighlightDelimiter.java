package org.inkstone.parse;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** {@code ==text==} (Obsidian, Typora) becomes a {@link HighlightNode}; flanking as for CJK emphasis. */
final class HighlightDelimiter implements DelimiterProcessor {
    @Override public char getOpeningCharacter() { return '='; }
    @Override public char getClosingCharacter() { return '='; }
    @Override public int getMinLength() { return 2; }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        return opener.length() == 2 && closer.length() == 2 ? 2 : 0;
    }

    @Override
    public void process(Delimiter opener, Delimiter closer, int used) {
        HighlightNode node = new HighlightNode(opener.getTailChars(used), BasedSequence.NULL, closer.getLeadChars(used));
        opener.moveNodesBetweenDelimitersTo(node, closer);
    }

    @Override public Node unmatchedDelimiterNode(InlineParser parser, DelimiterRun run) { return null; }

    @Override
    public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
        return CjkEmphasis.leftFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
    }

    @Override
    public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                               boolean beforeIsPunct, boolean afterIsPunct, boolean beforeIsWs, boolean afterIsWs) {
        return CjkEmphasis.rightFlanking(before, after, beforeIsPunct, afterIsPunct, beforeIsWs, afterIsWs);
    }

    @Override public boolean skipNonOpenerCloser() { return false; }
}
