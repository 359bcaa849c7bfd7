package org.inkstone.render;

import org.inkstone.model.Metadata;

import java.util.Locale;

/**
 * Presentation choices a user can make on the command line or in the front matter (the command
 * line wins). Empty strings mean "the theme's default".
 *
 * @param accent      theme colour, {@code #RRGGBB}
 * @param fontSize    body text size for WeChat, {@code 14px}…{@code 18px}
 * @param imageBase   URL where the user uploaded the local images (WeChat cannot paste local files)
 * @param cjkSpacing  whether to put spaces between Han and Latin characters (盘古之白); auto = WeChat only
 * @param pageSize    PDF page size: {@code A4}, {@code A5}, {@code B5} or {@code Letter}; empty = A4
 * @param toc         table of contents in PDF: auto = when the document has three or more headings
 * @param pdfUa       PDF: tagged and accessible (PDF/UA)
 * @param pdfA        PDF: archival (PDF/A-2u)
 * @param splitLevel  EPUB: heading level that starts a new chapter file (1 or 2)
 * @param embedFonts  EPUB: embed the theme's fonts, subset to the characters used
 * @param lineNumbers number the lines of every code block (a fence can ask for it on its own)
 */
public record RenderOptions(String accent, String fontSize, String imageBase, Choice cjkSpacing,
                            String pageSize, Choice toc, boolean pdfUa, boolean pdfA, int splitLevel, boolean embedFonts,
                            boolean lineNumbers) {

    /** A three-way setting: {@code auto} lets each output decide. */
    public enum Choice { AUTO, ON, OFF }

    public static final java.util.List<String> PAGE_SIZES = java.util.List.of("A4", "A5", "B5", "Letter");

    public RenderOptions(String accent, String fontSize, String imageBase, Choice cjkSpacing) {
        this(accent, fontSize, imageBase, cjkSpacing, "", Choice.AUTO, false, false, 1, true, false);
    }

    public static RenderOptions defaults() {
        return new RenderOptions("", "", "", Choice.AUTO);
    }

    public RenderOptions withPdf(String newPageSize, Choice newToc, boolean newPdfUa, boolean newPdfA) {
        return new RenderOptions(accent, fontSize, imageBase, cjkSpacing, newPageSize, newToc, newPdfUa, newPdfA,
                splitLevel, embedFonts, lineNumbers);
    }

    public RenderOptions withEpub(int newSplitLevel, boolean newEmbedFonts) {
        return new RenderOptions(accent, fontSize, imageBase, cjkSpacing, pageSize, toc, pdfUa, pdfA,
                newSplitLevel, newEmbedFonts, lineNumbers);
    }

    public RenderOptions withLineNumbers(boolean on) {
        return new RenderOptions(accent, fontSize, imageBase, cjkSpacing, pageSize, toc, pdfUa, pdfA,
                splitLevel, embedFonts, on);
    }

    /** These options, with blanks filled from the front matter keys {@code accent}, {@code font-size}, {@code image-base}, {@code cjk-spacing}. */
    public RenderOptions withFrontMatter(Metadata meta) {
        return new RenderOptions(
                accent.isEmpty() ? string(meta, "accent") : accent,
                fontSize.isEmpty() ? string(meta, "font-size") : fontSize,
                imageBase.isEmpty() ? string(meta, "image-base") : imageBase,
                cjkSpacing == Choice.AUTO && !string(meta, "cjk-spacing").isEmpty()
                        ? parseChoice(string(meta, "cjk-spacing")) : cjkSpacing,
                pageSize, toc, pdfUa, pdfA, splitLevel, embedFonts, lineNumbers);
    }

    private static String string(Metadata meta, String key) {
        Object v = meta.extra().get(key);
        return v == null ? "" : String.valueOf(v).strip();
    }

    /** Null when {@code accent} is a usable colour ({@code #RRGGBB} or {@code #RGB}), else what is wrong. */
    public static String accentProblem(String accent) {
        if (accent.isEmpty() || ThemeColours.isColour(accent)) return null;
        return "accent colour '" + accent + "' is not of the form #RRGGBB (for example #b5452a)";
    }

    /** Null when {@code size} is {@code 14px} … {@code 18px}, else what is wrong. */
    public static String fontSizeProblem(String size) {
        if (size.isEmpty()) return null;
        if (size.matches("1[4-8](\\.5)?px") && !size.equals("18.5px")) return null;
        return "font size '" + size + "' must be between 14px and 18px (WeChat readers read 15–17px best)";
    }

    /** The page size as written in {@link #PAGE_SIZES} (case-insensitive match), or null when unknown. */
    public static String pageSizeName(String size) {
        if (size.isEmpty()) return "A4";
        for (String s : PAGE_SIZES) if (s.equalsIgnoreCase(size.strip())) return s;
        return null;
    }

    /** Parses auto/on/off (also true/false, yes/no); unknown words mean auto. */
    public static Choice parseChoice(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> Choice.ON;
            case "off", "false", "no" -> Choice.OFF;
            default -> Choice.AUTO;
        };
    }
}
