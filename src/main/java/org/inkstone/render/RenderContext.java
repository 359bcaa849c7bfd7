package org.inkstone.render;

import org.inkstone.asset.AssetResolver;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.BookLayout;
import org.inkstone.model.Document;
import org.inkstone.options.OutputOptions;
import org.inkstone.theme.Theme;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Everything a renderer may use: the transformed document, the theme, the asset resolver (its only
 * way to files), diagnostics, the output's base name and folder (for relative links), the clock, the
 * build's options, resolved once (command line, then front matter, then theme), and the process's
 * caches (parsed fonts, formulas, code, covers), the only state a renderer keeps beyond the build.
 *
 * <p>For a book, {@code document} is the one document its chapters make together and {@code book} says
 * where each chapter stands in it; for an article {@code book} is null.
 */
public record RenderContext(Document document, Theme theme, AssetResolver assets, Diagnostics diagnostics,
                            String stem, Path outputFolder, Clock clock, OutputOptions options, Caches caches,
                            BookLayout book) {

    /** The context of an article. */
    public RenderContext(Document document, Theme theme, AssetResolver assets, Diagnostics diagnostics,
                         String stem, Path outputFolder, Clock clock, OutputOptions options, Caches caches) {
        this(document, theme, assets, diagnostics, stem, outputFolder, clock, options, caches, null);
    }

    public boolean isBook() {
        return book != null;
    }

    public RenderContext withDocument(Document newDocument) {
        return new RenderContext(newDocument, theme, assets, diagnostics, stem, outputFolder, clock, options, caches, book);
    }
}
