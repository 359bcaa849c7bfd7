package org.inkstone.parse;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.DelimitedNode;
import com.vladsch.flexmark.util.ast.Node;
import org.inkstone.diagnostic.InputException;
import org.inkstone.diagnostic.LineStarts;

import java.util.ArrayDeque;

/**
 * Inkstone supports up to {@value #MAX_LEVELS} nested quotes, {@code :::} containers, list items and emphasis (bold,
 * italic, strikethrough, highlight…) counted together. Deeper documents are refused at the line
 * where the limit is crossed: every later pass (the XHTML tree, the WeChat inliner, the PDF
 * layout) walks ancestors, so depth d costs d² there, and thousands of levels meant minutes of
 * silence. Checked once after parsing, in one pass without recursion.
 */
final class NestingLimit {
    static final int MAX_LEVELS = 200;

    private NestingLimit() {}

    /** @throws InputException naming the line and the limit when the tree is nested too deeply */
    static void check(Node document, String file, int lineOffset) {
        ArrayDeque<Node> nodes = new ArrayDeque<>();
        ArrayDeque<Integer> levels = new ArrayDeque<>();
        nodes.push(document);
        levels.push(0);
        while (!nodes.isEmpty()) {
            Node n = nodes.pop();
            int level = levels.pop() + (counts(n) ? 1 : 0);
            if (level > MAX_LEVELS) {
                int line = new LineStarts(document.getChars()).lineOf(n.getStartOffset()) + lineOffset;
                throw new InputException(file, line, String.format("quotes, lists and emphasis nested deeper than %,d"
                        + " levels; Inkstone supports up to %,d nested levels: flatten the nesting", MAX_LEVELS, MAX_LEVELS));
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) {
                nodes.push(c);
                levels.push(level);
            }
        }
    }

    private static boolean counts(Node n) {
        return n instanceof BlockQuote || n instanceof FencedDiv || n instanceof ListItem || n instanceof DelimitedNode;
    }
}
