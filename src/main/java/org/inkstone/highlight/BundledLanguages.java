package org.inkstone.highlight;

import io.noties.prism4j.annotations.PrismBundle;

/**
 * The prism4j grammars compiled into Inkstone. prism4j's bundler (an annotation processor)
 * generates {@code BundledGrammars} from this list; {@link InkstoneGrammars} adds the languages
 * prism4j lacks (bash, TypeScript, Rust, diff).
 */
@PrismBundle(include = {"clike", "c", "cpp", "csharp", "css", "go", "java", "javascript", "json", "kotlin",
        "markdown", "markup", "python", "sql", "yaml", "swift", "scala", "groovy", "dart", "makefile", "latex"},
        grammarLocatorClassName = ".BundledGrammars")
final class BundledLanguages {
    private BundledLanguages() {}
}
