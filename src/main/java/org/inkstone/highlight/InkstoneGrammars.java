package org.inkstone.highlight;

import io.noties.prism4j.GrammarLocator;
import io.noties.prism4j.Prism4j;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The grammar for a fence's language name: prism4j's bundled grammars plus Inkstone's own for
 * the languages prism4j lacks, under the names and aliases authors write after the fence.
 */
final class InkstoneGrammars implements GrammarLocator {
    private static final Map<String, Function<Prism4j, Prism4j.Grammar>> OWN = Map.of(
            "bash", BashGrammar::create,
            "typescript", TypeScriptGrammar::create,
            "rust", RustGrammar::create,
            "diff", DiffGrammar::create);

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("sh", "bash"), Map.entry("shell", "bash"), Map.entry("zsh", "bash"), Map.entry("console", "bash"),
            Map.entry("shell-session", "bash"), Map.entry("ts", "typescript"), Map.entry("tsx", "typescript"),
            Map.entry("rs", "rust"), Map.entry("patch", "diff"), Map.entry("py", "python"), Map.entry("python3", "python"),
            Map.entry("js", "javascript"), Map.entry("jsx", "javascript"), Map.entry("mjs", "javascript"),
            Map.entry("node", "javascript"), Map.entry("kt", "kotlin"), Map.entry("kts", "kotlin"),
            Map.entry("yml", "yaml"), Map.entry("html", "markup"), Map.entry("xml", "markup"), Map.entry("xhtml", "markup"),
            Map.entry("svg", "markup"), Map.entry("vue", "markup"), Map.entry("c++", "cpp"), Map.entry("cc", "cpp"),
            Map.entry("hpp", "cpp"), Map.entry("cxx", "cpp"), Map.entry("h", "c"), Map.entry("cs", "csharp"),
            Map.entry("c#", "csharp"), Map.entry("golang", "go"), Map.entry("md", "markdown"), Map.entry("jsonc", "json"),
            Map.entry("json5", "json"), Map.entry("mysql", "sql"), Map.entry("postgresql", "sql"), Map.entry("plsql", "sql"),
            Map.entry("tex", "latex"), Map.entry("make", "makefile"), Map.entry("gradle", "groovy"));

    private final BundledGrammars bundled = new BundledGrammars();
    private final Map<String, Prism4j.Grammar> own = new HashMap<>();
    /** Bundled grammars already repaired (see {@link EmbeddedCodeRepair}); by identity. */
    private final Set<Prism4j.Grammar> repaired = Collections.newSetFromMap(new IdentityHashMap<>());
    /** How deep in grammars asking for grammars we are: a grammar is complete only when the outermost call returns. */
    private int depth;

    /** The grammar's own name for what an author wrote after the fence (lower-cased, aliases resolved). */
    static String canonical(String language) {
        String l = language.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(l, l);
    }

    @Override
    public Prism4j.Grammar grammar(Prism4j prism4j, String language) {
        String name = canonical(language);
        Function<Prism4j, Prism4j.Grammar> factory = OWN.get(name);
        if (factory == null) return bundledRepaired(prism4j, name);
        Prism4j.Grammar g = own.get(name);
        if (g == null) {
            g = factory.apply(prism4j);
            own.put(name, g);
        }
        return g;
    }

    /**
     * A bundled grammar with its script and style patterns repaired. Creating markup also creates
     * CSS and JavaScript, which insert their tokens into it; so a grammar is repaired (once) when
     * the outermost request returns, after every such insertion.
     */
    private Prism4j.Grammar bundledRepaired(Prism4j prism4j, String name) {
        Prism4j.Grammar g;
        depth++;
        try {
            g = bundled.grammar(prism4j, name);
        } finally {
            depth--;
        }
        if (g != null && depth == 0 && repaired.add(g)) EmbeddedCodeRepair.apply(g);
        return g;
    }

    @Override
    public Set<String> languages() {
        Set<String> all = new LinkedHashSet<>(bundled.languages());
        all.addAll(OWN.keySet());
        return all;
    }
}
