package org.inkstone.highlight;

import io.noties.prism4j.GrammarLocator;
import io.noties.prism4j.Prism4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits code into tokens for a theme to colour, at build time (no script in any output), with
 * prism4j's grammars and Inkstone's own. An unknown language, {@code text} or no language gives
 * one plain token. The same block is tokenised once per highlighter (a cache of at most
 * {@value #CACHE_ENTRIES} blocks, by language and code, least recently used first out), however many
 * outputs and builds share it: the process keeps one in its caches and the build context carries it.
 */
public final class CodeHighlighter {
    /** The most blocks one highlighter keeps. */
    public static final int CACHE_ENTRIES = 2048;

    private final Prism4j prism;
    private final Map<String, List<CodeToken>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<CodeToken>> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private int tokenisations;

    /** A highlighter with its own cache; outputs use the one their build context carries. */
    public CodeHighlighter() {
        this(new InkstoneGrammars());
    }

    /** A highlighter with these grammars (tests give grammars that fail). */
    CodeHighlighter(GrammarLocator grammars) {
        this.prism = new Prism4j(grammars);
    }

    /** Whether there is a grammar for this fence language (aliases such as {@code sh}, {@code ts} included). */
    synchronized boolean knows(String language) {
        return !language.isBlank() && prism.grammar(InkstoneGrammars.canonical(language)) != null;
    }

    /** The tokens of {@code code}; their texts joined give {@code code} back exactly. */
    public synchronized List<CodeToken> highlight(String language, String code) {
        String key = InkstoneGrammars.canonical(language) + '\u0000' + code;
        List<CodeToken> hit = cache.get(key);
        if (hit != null) return hit;
        List<CodeToken> tokens = Collections.unmodifiableList(tokenise(language, code));
        cache.put(key, tokens);
        return tokens;
    }

    /**
     * Tokenises a block ahead of its writing (a book's chapters, on the threads that read them) into this highlighter's
     * cache, if it has room: a block warmed never pushes another out. {@code worker} tokenises it: a highlighter of the
     * calling thread's own, since grammars change while they are made and so are not shared between threads; the
     * tokens are the same whichever highlighter makes them. A block the grammar fails on is left for the writer, which
     * reports it.
     */
    public void warm(String language, String code, CodeHighlighter worker) {
        String key = InkstoneGrammars.canonical(language) + '\u0000' + code;
        synchronized (this) {
            if (cache.size() >= CACHE_ENTRIES || cache.containsKey(key)) return;
        }
        List<CodeToken> tokens;
        try {
            tokens = worker.highlight(language, code);
        } catch (RuntimeException | StackOverflowError e) {
            return; // the writer tokenises it again and warns at its line
        }
        synchronized (this) {
            if (cache.size() < CACHE_ENTRIES) cache.putIfAbsent(key, tokens);
        }
    }

    /** How many blocks were actually tokenised (not served from the cache): for tests. */
    public synchronized int tokenisations() {
        return tokenisations;
    }

    private List<CodeToken> tokenise(String language, String code) {
        Prism4j.Grammar grammar = language.isBlank() ? null : prism.grammar(InkstoneGrammars.canonical(language));
        if (grammar == null || code.isEmpty()) return List.of(new CodeToken(code, List.of()));
        tokenisations++;
        List<CodeToken> out = new ArrayList<>();
        flatten(prism.tokenize(code, grammar), List.of(), out);
        return merge(out);
    }

    /** The token tree as runs of text, each with the path of tokens it lies in. */
    private static void flatten(List<? extends Prism4j.Node> nodes, List<String> path, List<CodeToken> out) {
        for (Prism4j.Node node : nodes) {
            if (node instanceof Prism4j.Text t) {
                out.add(new CodeToken(t.literal(), path));
            } else if (node instanceof Prism4j.Syntax s) {
                List<String> inner = new ArrayList<>(path);
                inner.add(s.alias() == null || s.alias().isBlank() ? s.type() : s.type() + " " + s.alias());
                flatten(s.children(), inner, out);
            }
        }
    }

    /** Adjacent runs in the same tokens join, so the output has no needless spans. */
    private static List<CodeToken> merge(List<CodeToken> tokens) {
        List<CodeToken> out = new ArrayList<>(tokens.size());
        for (CodeToken t : tokens) {
            if (t.text().isEmpty()) continue;
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).kinds().equals(t.kinds())) {
                out.set(last, new CodeToken(out.get(last).text() + t.text(), t.kinds()));
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
