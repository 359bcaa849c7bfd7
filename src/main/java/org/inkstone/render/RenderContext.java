package org.inkstone.render;

import org.inkstone.asset.AssetResolver;
import org.inkstone.cache.Caches;
import org.inkstone.diagnostic.Diagnostics;
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
 */
public record RenderContext(Document document, Theme theme, AssetResolver assets, Diagnostics diagnostics,
                            String stem, Path outputFolder, Clock clock, OutputOptions options, Caches caches) {

    public RenderContext withDocument(Document newDocument) {
        return new RenderContext(newDocument, theme, assets, diagnostics, stem, outputFolder, clock, options, caches);
    }
}
