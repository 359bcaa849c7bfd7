package org.inkstone.options;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Metadata;
import org.inkstone.theme.Colour;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeColours;

import java.util.Optional;

/**
 * Resolves every option of a build once: the command line (or API) first, then the front matter
 * ({@code accent:}, {@code font-size:}, {@code image-base:}, {@code cjk-spacing:}, {@code page-size:},
 * {@code toc:}, {@code chapter-start:}, {@code split-level:}; a book's {@code book.yaml} gives the same
 * keys), then the theme. The PDF's and the EPUB's options on the command line win only where they differ
 * from the default: a front matter's {@code page-size: A5} is used unless {@code --page-size} names
 * another size than A4.
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
        return new OutputOptions(colours, spacing, requested.lineNumbers(), pdf(requested.pdf(), meta, diagnostics),
                epub(requested.epub(), meta, diagnostics), wechat, numbering(meta, theme, diagnostics));
    }

    /**
     * {@code heading-numbers:} and {@code figure-numbers:} of the front matter, else the theme's properties
     * of the same names, else off. A value that cannot be used is a warning and the theme's is used.
     */
    private static Numbering numbering(Metadata meta, Theme theme, Diagnostics diagnostics) {
        String themeHeadings = theme.properties().getOrDefault("heading-numbers", "off");
        Numbering.HeadingStyle headings = Numbering.HeadingStyle.parse(themeHeadings).orElse(Numbering.HeadingStyle.OFF);
        String written = frontMatter(meta, "heading-numbers");
        if (!written.isEmpty()) {
            Optional<Numbering.HeadingStyle> parsed = Numbering.HeadingStyle.parse(written);
            if (parsed.isPresent()) headings = parsed.get();
            else diagnostics.warn(meta.lineOf("heading-numbers"), "heading-numbers '" + written
                    + "' takes decimal, chinese or off; using the theme's " + themeHeadings);
        }
        String themeFigures = theme.properties().getOrDefault("figure-numbers", "off");
        boolean figures = AutoSwitch.parse(themeFigures).orElse(AutoSwitch.OFF) == AutoSwitch.ON;
        String writtenFigures = frontMatter(meta, "figure-numbers");
        if (!writtenFigures.isEmpty()) {
            Optional<AutoSwitch> parsed = AutoSwitch.parse(writtenFigures);
            if (parsed.isPresent() && parsed.get() != AutoSwitch.AUTO) figures = parsed.get() == AutoSwitch.ON;
            else diagnostics.warn(meta.lineOf("figure-numbers"), "figure-numbers '" + writtenFigures
                    + "' takes on or off; using the theme's " + themeFigures);
        }
        return new Numbering(headings, figures);
    }

    /**
     * The PDF's options: {@code page-size:}, {@code toc:} and {@code chapter-start:} of the front matter (or a
     * book's {@code book.yaml}) are used where the command line left the default.
     */
    private static PdfOptions pdf(PdfOptions requested, Metadata meta, Diagnostics diagnostics) {
        PageSize page = requested.pageSize();
        String writtenPage = frontMatter(meta, "page-size");
        if (page == PageSize.A4 && !writtenPage.isEmpty()) {
            Optional<PageSize> parsed = PageSize.parse(writtenPage);
            if (parsed.isPresent()) page = parsed.get();
            else diagnostics.warn(meta.lineOf("page-size"), "page-size '" + writtenPage + "' takes "
                    + String.join(", ", PageSize.labels()) + "; using A4");
        }
        AutoSwitch toc = requested.toc();
        String writtenToc = frontMatter(meta, "toc");
        if (toc == AutoSwitch.AUTO && !writtenToc.isEmpty()) {
            Optional<AutoSwitch> parsed = AutoSwitch.parse(writtenToc);
            if (parsed.isPresent()) toc = parsed.get();
            else diagnostics.warn(meta.lineOf("toc"), "toc '" + writtenToc + "' takes auto, on or off; using auto");
        }
        boolean recto = requested.rectoChapters();
        String writtenStart = frontMatter(meta, "chapter-start");
        if (!recto && !writtenStart.isEmpty()) {
            if (writtenStart.equalsIgnoreCase("right") || writtenStart.equalsIgnoreCase("recto")) recto = true;
            else if (!writtenStart.equalsIgnoreCase("any")) diagnostics.warn(meta.lineOf("chapter-start"), "chapter-start '"
                    + writtenStart + "' takes right (each chapter on a right-hand page) or any; using any");
        }
        return new PdfOptions(page, toc, requested.pdfUa(), requested.pdfA(), recto);
    }

    /** The EPUB's options: {@code split-level:} of the front matter (or book.yaml) where the command line left 1. */
    private static EpubOptions epub(EpubOptions requested, Metadata meta, Diagnostics diagnostics) {
        String written = frontMatter(meta, "split-level");
        if (requested.splitLevel() != 1 || written.isEmpty()) return requested;
        if (written.equals("1") || written.equals("2")) return new EpubOptions(Integer.parseInt(written), requested.embedFonts());
        diagnostics.warn(meta.lineOf("split-level"), "split-level '" + written + "' takes 1 or 2; using 1");
        return requested;
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
