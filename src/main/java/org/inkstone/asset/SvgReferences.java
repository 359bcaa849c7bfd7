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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references inside one SVG, gathered while it is parsed: {@code <use>} and every other
 * {@code href="#id"}, and {@code url(#id)} in attributes and styles (patterns, gradients, clip
 * paths, masks, filters, markers). A reference that leads, directly or through others, back to an
 * element around itself never ends: Batik recurses until the stack runs out (a {@code <use>} took
 * minutes with the build's deep stack; a pattern filled with itself ended the whole build). And
 * {@code <use>} elements nested a few levels deep, each used many times, multiply into millions of
 * copies. Either makes the image unusable, so that it becomes a placeholder instead of stalling
 * or ending the build.
 */
final class SvgReferences {
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final Pattern URL = Pattern.compile("url\\(\\s*['\"]?\\s*#([^)'\"\\s]+)");
    /** The most elements the references may expand to (a hand-drawn icon set uses a few hundred). */
    static final long MAX_COPIES = 100_000;
    /** The deepest chain of {@code <use>} followed (Batik follows it by recursion too). */
    static final int MAX_DEPTH = 500;

    /** The ids of the elements open around the current one, innermost last (null for an element without one). */
    private final Deque<String> open = new ArrayDeque<>();
    /** For each id (and "" for the whole image): the ids its {@code <use>} elements refer to, once per use. */
    private final Map<String, List<String>> uses = new HashMap<>();
    /** For each id: every id it refers to, by any kind of reference (for cycles). */
    private final Map<String, Set<String>> refers = new HashMap<>();

    void start(String localName, Attributes attributes) {
        String id = attributes.getValue("id");
        open.addLast(id == null ? "" : id);
        String href = attributes.getValue(XLINK, "href");
        if (href == null) href = attributes.getValue("href");
        String target = href != null && href.strip().startsWith("#") ? href.strip().substring(1) : null;
        if (target != null) {
            referTo(target);
            if (localName.equals("use")) {
                uses.computeIfAbsent("", k -> new ArrayList<>()).add(target);
                for (String around : open) {
                    if (!around.isEmpty()) uses.computeIfAbsent(around, k -> new ArrayList<>()).add(target);
                }
            }
        }
        for (int i = 0; i < attributes.getLength(); i++) {
            String value = attributes.getValue(i);
            if (value.indexOf("url(") < 0) continue;
            Matcher m = URL.matcher(value);
            while (m.find()) referTo(m.group(1));
        }
    }

    /** The elements open now (the current one included) refer to {@code target}. */
    private void referTo(String target) {
        for (String around : open) {
            if (!around.isEmpty()) refers.computeIfAbsent(around, k -> new HashSet<>()).add(target);
        }
    }

    void end() {
        open.pollLast();
    }

    /** Why drawing the references would not end or would be too big; null when it is fine. */
    String problem() {
        String cycle = cycle();
        if (cycle != null) return "a reference to '#" + cycle + "' leads back into that element, so drawing it never ends";
        try {
            long total = copies("", new HashMap<>(), new HashSet<>(), 0);
            return total > MAX_COPIES ? "its <use> references expand to more than " + MAX_COPIES + " copies" : null;
        } catch (Cycle c) {
            return "a reference to '#" + c.id + "' leads back into that element, so drawing it never ends";
        }
    }

    /** An id whose references lead back to itself, or null. Iterative, so that no SVG can exhaust the stack here. */
    private String cycle() {
        Map<String, Integer> state = new HashMap<>(); // 1: on the current path, 2: done
        for (String start : refers.keySet()) {
            if (state.containsKey(start)) continue;
            Deque<String> path = new ArrayDeque<>();
            Deque<java.util.Iterator<String>> next = new ArrayDeque<>();
            path.push(start);
            next.push(refers.getOrDefault(start, Set.of()).iterator());
            state.put(start, 1);
            while (!path.isEmpty()) {
                if (!next.peek().hasNext()) {
                    state.put(path.pop(), 2);
                    next.pop();
                    continue;
                }
                String to = next.peek().next();
                Integer s = state.get(to);
                if (s == null) {
                    state.put(to, 1);
                    path.push(to);
                    next.push(refers.getOrDefault(to, Set.of()).iterator());
                } else if (s == 1) {
                    return to;
                }
            }
        }
        return null;
    }

    /** How many copies drawing the element {@code id} makes, its references followed (capped past the limit). */
    private long copies(String id, Map<String, Long> known, Set<String> drawing, int depth) throws Cycle {
        Long k = known.get(id);
        if (k != null) return k;
        if (!drawing.add(id)) throw new Cycle(id);
        if (depth > MAX_DEPTH) return MAX_COPIES + 1;
        long n = 1;
        for (String target : uses.getOrDefault(id, List.of())) {
            n = Math.min(MAX_COPIES + 1, n + copies(target, known, drawing, depth + 1));
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
