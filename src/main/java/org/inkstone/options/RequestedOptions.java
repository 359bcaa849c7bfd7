package org.inkstone.options;

import org.inkstone.theme.Colour;

/**
 * What the user asked for on the command line or through the library API. A choice left out
 * ({@code null} accent or font size, empty image base, {@code auto} spacing) is taken from the
 * document's front matter, else from the theme; see {@link OptionsResolver}.
 *
 * @param accent      theme colour, or null
 * @param fontSize    WeChat body text size, or null
 * @param imageBase   WeChat: URL folder of the uploaded local images, or empty
 * @param cjkSpacing  spaces between Han and Latin text; {@code auto} defers to the front matter, then the output
 * @param lineNumbers number the lines of every code block
 * @param pdf         the PDF's options
 * @param epub        the EPUB's options
 */
public record RequestedOptions(Colour accent, FontSize fontSize, String imageBase, AutoSwitch cjkSpacing,
                               boolean lineNumbers, PdfOptions pdf, EpubOptions epub) {
    public RequestedOptions {
        imageBase = imageBase == null ? "" : imageBase.strip();
    }

    /** Nothing asked for: A4, contents page when warranted, chapters at H1, fonts embedded. */
    public static RequestedOptions defaults() {
        return new RequestedOptions(null, null, "", AutoSwitch.AUTO, false,
                new PdfOptions(PageSize.A4, AutoSwitch.AUTO, false, false), new EpubOptions(1, true));
    }

    public RequestedOptions withAccent(Colour newAccent) {
        return new RequestedOptions(newAccent, fontSize, imageBase, cjkSpacing, lineNumbers, pdf, epub);
    }

    public RequestedOptions withFontSize(FontSize newSize) {
        return new RequestedOptions(accent, newSize, imageBase, cjkSpacing, lineNumbers, pdf, epub);
    }

    public RequestedOptions withImageBase(String newBase) {
        return new RequestedOptions(accent, fontSize, newBase, cjkSpacing, lineNumbers, pdf, epub);
    }

    public RequestedOptions withCjkSpacing(AutoSwitch newSpacing) {
        return new RequestedOptions(accent, fontSize, imageBase, newSpacing, lineNumbers, pdf, epub);
    }

    public RequestedOptions withLineNumbers(boolean on) {
        return new RequestedOptions(accent, fontSize, imageBase, cjkSpacing, on, pdf, epub);
    }

    public RequestedOptions withPdf(PdfOptions newPdf) {
        return new RequestedOptions(accent, fontSize, imageBase, cjkSpacing, lineNumbers, newPdf, epub);
    }

    public RequestedOptions withEpub(EpubOptions newEpub) {
        return new RequestedOptions(accent, fontSize, imageBase, cjkSpacing, lineNumbers, pdf, newEpub);
    }
}
