package org.inkstone.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The footnote definitions of one document and the numbers given to them, in order of first
 * reference. Shared by the nested parses of admonition bodies, so a note referenced inside a
 * callout keeps its number.
 */
final class Footnotes {
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> references = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    /** Source text of every footnote and link-reference definition, appended to nested parses. */
    private final String definitionSource;

    Footnotes(com.vladsch.flexmark.util.ast.Document document) {
        StringBuilder source = new StringBuilder();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof FootnoteBlock block) {
                definitions.putIfAbsent(key(block.getText().toString()), block);
                source.append("\n\n").append(block.getChars());
                continue;
            }
            if (n instanceof com.vladsch.flexmark.ast.Reference ref) {
                source.append("\n\n").append(ref.getChars());
                continue;
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        definitionSource = source.toString();
    }

    private static String key(String label) {
        return label.strip().toLowerCase(java.util.Locale.ROOT);
    }

    String definitionSource() {
        return definitionSource;
    }

    boolean isDefined(String label) {
        return definitions.containsKey(key(label));
    }

    /** Registers one more reference to {@code label}; returns {number, occurrence}. */
    int[] reference(String label) {
        String k = key(label);
        Integer number = numbers.get(k);
        if (number == null) {
            number = order.size() + 1;
            numbers.put(k, number);
            order.add(k);
        }
        int occurrence = references.merge(k, 1, Integer::sum);
        return new int[] {number, occurrence};
    }

    /** Referenced labels in number order; may grow while notes are converted (notes citing notes). */
    List<String> order() {
        return order;
    }

    FootnoteBlock definition(String key) {
        return definitions.get(key);
    }

    int references(String key) {
        return references.getOrDefault(key, 0);
    }

    /** Definitions nothing refers to, for a warning. */
    List<FootnoteBlock> unreferenced() {
        List<FootnoteBlock> out = new ArrayList<>();
        definitions.forEach((k, block) -> { if (!numbers.containsKey(k)) out.add(block); });
        return out;
    }
}
