package org.inkstone.highlight;

import io.noties.prism4j.Prism4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs the {@code script} and {@code style} tokens that prism4j's JavaScript and CSS grammars
 * add to markup (and that markdown copies). Their patterns, {@code (<script[\s\S]*?>)[\s\S]*?(?=<\/script>)},
 * match the empty text between {@code <script …>} and {@code </script>}; prism4j then tokenises
 * that empty text with the JavaScript grammar and stops with "Number of entry nodes is greater
 * than the text length". The repaired patterns match only a non-empty body, the opening tag
 * ends at its first {@code >} (so an empty element is never joined to the next one), and an empty
 * element is an ordinary pair of tags.
 */
final class EmbeddedCodeRepair {
    private static final Map<String, Pattern> REPAIRED = Map.of(
            "(<script[\\s\\S]*?>)[\\s\\S]*?(?=<\\/script>)", body("script"),
            "(<style[\\s\\S]*?>)[\\s\\S]*?(?=<\\/style>)", body("style"));

    private EmbeddedCodeRepair() {}

    /** The non-empty body of a {@code <tag …>…</tag>} element, its opening tag the lookbehind group. */
    private static Pattern body(String tag) {
        return Pattern.compile("(<" + tag + "\\b[^>]*>)(?!</" + tag + ">)[\\s\\S]*?(?=</" + tag + ">)",
                Pattern.CASE_INSENSITIVE);
    }

    /** Replaces, in this grammar and every grammar inside it, each faulty script or style pattern. */
    static void apply(Prism4j.Grammar grammar) {
        repair(grammar, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static void repair(Prism4j.Grammar grammar, Set<Prism4j.Grammar> seen) {
        if (grammar == null || !seen.add(grammar)) return;
        List<Prism4j.Token> tokens = grammar.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            Prism4j.Token token = tokens.get(t);
            List<Prism4j.Pattern> patterns = new ArrayList<>(token.patterns());
            boolean changed = false;
            for (int p = 0; p < patterns.size(); p++) {
                Prism4j.Pattern pattern = patterns.get(p);
                repair(pattern.inside(), seen);
                Pattern fixed = REPAIRED.get(pattern.regex().pattern());
                if (fixed != null) {
                    patterns.set(p, Prism4j.pattern(fixed, pattern.lookbehind(), pattern.greedy(), pattern.alias(),
                            pattern.inside()));
                    changed = true;
                }
            }
            if (changed) tokens.set(t, Prism4j.token(token.name(), patterns));
        }
    }
}
