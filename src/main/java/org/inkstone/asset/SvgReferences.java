package org.inkstone.asset;

import org.xml.sax.Attributes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code <use>} references inside one SVG, gathered while it is parsed, and what drawing
 * them would cost. A {@code <use>} that refers, directly or through others, to an element around
 * itself never ends (Batik recurses until the stack runs out, and with a deep stack that takes
 * minutes); references nested a few levels deep, each used many times, multiply into millions of
 * copies. Either makes the image unusable, so that it becomes a placeholder instead of stalling
 * or ending the build.
 */
final class SvgReferences {
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** The most elements the references may expand to (a hand-drawn icon set uses a few hundred). */
    static final long MAX_COPIES = 100_000;

    /** The ids of the elements open around the current one, innermost last (null for an element without one). */
    private final Deque<String> open = new ArrayDeque<>();
    /** For each id (and "" for the whole image): the ids its {@code <use>} elements refer to, once per use. */
    private final Map<String, List<String>> uses = new HashMap<>();

    void start(String localName, Attributes attributes) {
        String id = attributes.getValue("id");
        open.addLast(id == null ? "" : id);
        if (!localName.equals("use")) return;
        String href = attributes.getValue(XLINK, "href");
        if (href == null) href = attributes.getValue("href");
        if (href == null || !href.strip().startsWith("#")) return;
        String target = href.strip().substring(1);
        uses.computeIfAbsent("", k -> new ArrayList<>()).add(target);
        for (String around : open) {
            if (!around.isEmpty()) uses.computeIfAbsent(around, k -> new ArrayList<>()).add(target);
        }
    }

    void end() {
        open.pollLast();
    }

    /** Why drawing the references would not end or would be too big; null when it is fine. */
    String problem() {
        Map<String, Long> copies = new HashMap<>();
        Set<String> drawing = new HashSet<>();
        try {
            long total = copies("", copies, drawing);
            return total > MAX_COPIES ? "its <use> references expand to more than " + MAX_COPIES + " copies" : null;
        } catch (Cycle c) {
            return "a <use> refers to '#" + c.id + "', an element that contains it, so drawing it never ends";
        }
    }

    /** How many copies drawing the element {@code id} makes, its references followed (capped past the limit). */
    private long copies(String id, Map<String, Long> known, Set<String> drawing) throws Cycle {
        Long k = known.get(id);
        if (k != null) return k;
        if (!drawing.add(id)) throw new Cycle(id);
        long n = 1;
        for (String target : uses.getOrDefault(id, List.of())) {
            n = Math.min(MAX_COPIES + 1, n + copies(target, known, drawing));
        }
        drawing.remove(id);
        known.put(id, n);
        return n;
    }

    private static final class Cycle extends Exception {
        private static final long serialVersionUID = 1L;
        final String id;

        Cycle(String id) {
            super(null, null, false, false);
            this.id = id;
        }
    }
}
