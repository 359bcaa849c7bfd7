package org.inkstone.highlight;

import io.noties.prism4j.GrammarLocator;
import io.noties.prism4j.Prism4j;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** For tests of containment: a highlighter that knows one language, whose grammar throws when code is tokenised. */
public final class FailingHighlighter {
    private FailingHighlighter() {}

    /** A highlighter whose {@code language} grammar throws what {@code failure} gives. */
    public static CodeHighlighter failingOn(String language, Supplier<? extends Throwable> failure) {
        Prism4j.Grammar broken = new Prism4j.Grammar() {
            @Override public String name() {
                return language;
            }

            @Override public List<Prism4j.Token> tokens() {
                Throwable t = failure.get();
                if (t instanceof RuntimeException r) throw r;
                if (t instanceof Error e) throw e;
                throw new IllegalStateException(t);
            }
        };
        return new CodeHighlighter(new GrammarLocator() {
            @Override public Prism4j.Grammar grammar(Prism4j prism4j, String name) {
                return name.equals(language) ? broken : null;
            }

            @Override public Set<String> languages() {
                return Set.of(language);
            }
        });
    }
}
