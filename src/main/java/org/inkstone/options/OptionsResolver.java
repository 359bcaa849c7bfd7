package org.inkstone.options;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Metadata;
import org.inkstone.theme.Colour;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeColours;

import java.util.Optional;

/**
 * Resolves every option of a build once: the command line (or API) first, then the front matter
 * ({@code accent:}, {@code font-size:}, {@code image-base:}, {@code cjk-spacing:}), then the theme.
 * A front-matter value that cannot be used is one warning at its line, and the next source is used;
 * the outputs only read the result.
 */
public final class OptionsResolver {
    private OptionsResolver() {}

    public static OutputOptions resolve(RequestedOptions requested, Metadata meta, Theme theme, Diagnostics diagnostics) {
        Colour accent = requested.accent();
        String writtenAccent = frontMatter(meta, "accent");
        Optional<Colour> frontMatterAccent = Colour.parse(writtenAccent);
        if (accent == null && frontMatterAccent.isPresent()) accent = frontMatterAccent.get();
        ThemeColours colours = ThemeColours.of(theme, accent, diagnostics);
        if (requested.accent() == null && !writtenAccent.isEmpty() && frontMatterAccent.isEmpty()) {
            diagnostics.warn(meta.lineOf("accent"), Colour.accentProblem(writtenAccent) + "; using the theme's " + colours.accent());
        }

        AutoSwitch spacing = requested.cjkSpacing();
        String writtenSpacing = frontMatter(meta, "cjk-spacing");
        if (spacing == AutoSwitch.AUTO && !writtenSpacing.isEmpty()) {
            Optional<AutoSwitch> parsed = AutoSwitch.parse(writtenSpacing);
            if (parsed.isPresent()) spacing = parsed.get();
            else diagnostics.warn(meta.lineOf("cjk-spacing"), "front matter cjk-spacing '" + writtenSpacing
                    + "' takes auto, on or off; using auto");
        }

        String imageBase = requested.imageBase().isEmpty() ? frontMatter(meta, "image-base") : requested.imageBase();
        if (!imageBase.isEmpty() && !imageBase.endsWith("/")) imageBase += "/";
        WechatOptions wechat = new WechatOptions(fontSize(requested, meta, theme, diagnostics), imageBase);
        return new OutputOptions(colours, spacing, requested.lineNumbers(), requested.pdf(), requested.epub(), wechat);
    }

    /** The option, else the front matter's (a bad one is a warning), else the theme's, else {@link FontSize#DEFAULT}. */
    private static FontSize fontSize(RequestedOptions requested, Metadata meta, Theme theme, Diagnostics diagnostics) {
        if (requested.fontSize() != null) return requested.fontSize();
        String themeValue = theme.properties().getOrDefault("wechat-font-size", FontSize.DEFAULT.css());
        FontSize themeSize = FontSize.parse(themeValue).orElse(FontSize.DEFAULT);
        String written = frontMatter(meta, "font-size");
        if (written.isEmpty()) return themeSize;
        Optional<FontSize> parsed = FontSize.parse(written);
        if (parsed.isPresent()) return parsed.get();
        diagnostics.warn(meta.lineOf("font-size"), FontSize.problem(written) + "; using the theme's " + themeValue);
        return themeSize;
    }

    private static String frontMatter(Metadata meta, String key) {
        Object v = meta.extra().get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }
}
