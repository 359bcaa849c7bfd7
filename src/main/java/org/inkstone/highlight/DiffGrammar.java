package org.inkstone.highlight;

import io.noties.prism4j.Prism4j;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.MULTILINE;
import static java.util.regex.Pattern.compile;

/** Unified and context diffs — prism4j has none; after Prism.js's diff grammar. */
final class DiffGrammar {
    private DiffGrammar() {}

    static Prism4j.Grammar create(Prism4j prism4j) {
        return grammar("diff",
                token("coord",
                        pattern(compile("^(?:\\*{3}|-{3}|\\+{3}).*$", MULTILINE)),
                        pattern(compile("^@@.*@@.*$", MULTILINE)),
                        pattern(compile("^\\d+.*$", MULTILINE))),
                token("deleted", pattern(compile("^[-<].*$", MULTILINE))),
                token("inserted", pattern(compile("^[+>].*$", MULTILINE))),
                token("changed", pattern(compile("^!.*$", MULTILINE))));
    }
}
