package org.inkstone.parse;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables whose delimiter row starts with a single dash and a space ({@code a | b} over
 * {@code - | -}). CommonMark reads that row as a list item interrupting the paragraph; Obsidian and
 * pandoc read a table, which is what the writer saw. When a one-line paragraph has as many cells
 * as such a list's first line has delimiter cells, the marker's space becomes a dash (same length,
 * so offsets and line numbers stay) and the text is parsed again.
 */
final class ListLikeDelimiterRows {
    private ListLikeDelimiterRows() {}

    private static final Pattern DELIMITER_ROW =
            Pattern.compile("-[ \\t]+\\|\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");

    /** Parses {@code text}, twice when it has such tables. */
    static Document parse(String text) {
        Document ast = FlexmarkSetup.parserFor(text).parse(text);
        if (!text.contains("- |") && !text.contains("-\t|")) return ast;
        char[] patched = null;
        Deque<Node> stack = new ArrayDeque<>(List.of(ast));
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Paragraph p && p.getNext() instanceof BulletList list
                    && list.getFirstChild() instanceof ListItem item && isDelimiterRow(p, item)) {
                if (patched == null) patched = text.toCharArray();
                patched[item.getOpeningMarker().getEndOffset()] = '-';
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        if (patched == null) return ast;
        String again = new String(patched);
        return FlexmarkSetup.parserFor(again).parse(again);
    }

    private static boolean isDelimiterRow(Paragraph p, ListItem item) {
        BasedSequence marker = item.getOpeningMarker();
        if (!marker.matchChars("-")) return false;
        BasedSequence base = marker.getBaseSequence();
        int lineEnd = base.indexOf('\n', marker.getStartOffset());
        String row = base.subSequence(marker.getStartOffset(), lineEnd < 0 ? base.length() : lineEnd).toString();
        if (!DELIMITER_ROW.matcher(row).matches()) return false;
        String between = base.subSequence(p.getChars().trimEnd().getEndOffset(), marker.getStartOffset()).toString();
        if (between.indexOf('\n') != between.lastIndexOf('\n')) return false; // a blank line between them
        List<BasedSequence> lines = p.getContentLines();
        if (lines.size() != 1) return false; // flexmark's table header is the paragraph's first line
        String header = lines.get(0).toString().strip();
        return header.indexOf('|') >= 0 && cells(header) == cells(row.strip());
    }

    /** Cells of a table row: its unescaped pipes outside code spans, less a leading and a trailing one. */
    private static int cells(String row) {
        int pipes = 0;
        boolean code = false;
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') i++;
            else if (c == '`') code = !code;
            else if (c == '|' && !code) pipes++;
        }
        if (row.startsWith("|")) pipes--;
        if (row.endsWith("|") && row.length() > 1 && row.charAt(row.length() - 2) != '\\') pipes--;
        return pipes + 1;
    }
}
