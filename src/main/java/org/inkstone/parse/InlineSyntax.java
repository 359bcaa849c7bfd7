package org.inkstone.parse;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One of our inline syntaxes for flexmark's inline parser: it is asked at each of its trigger
 * characters and keeps no state between blocks (the finishing hooks do nothing).
 */
abstract class InlineSyntax implements InlineParserExtension {
    @Override public void finalizeDocument(InlineParser parser) {}
    @Override public void finalizeBlock(InlineParser parser) {}

    /** The factory flexmark registers: a new syntax object of {@code make} for each parse, asked at {@code triggers}. */
    static InlineParserExtensionFactory factory(String triggers, Supplier<InlineSyntax> make) {
        return new InlineParserExtensionFactory() {
            @Override public CharSequence getCharacters() { return triggers; }
            @Override public InlineParserExtension apply(LightInlineParser parser) { return make.get(); }
            @Override public Set<Class<?>> getAfterDependents() { return null; }
            @Override public Set<Class<?>> getBeforeDependents() { return null; }
            @Override public boolean affectsGlobalScope() { return false; }
        };
    }
}
