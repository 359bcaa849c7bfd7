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
        return builder().build();
    }

    /** A builder that starts from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the choices; each setter names one. */
    public static final class Builder {
        private Colour accent;
        private FontSize fontSize;
        private String imageBase = "";
        private AutoSwitch cjkSpacing = AutoSwitch.AUTO;
        private boolean lineNumbers;
        private PdfOptions pdf = new PdfOptions(PageSize.A4, AutoSwitch.AUTO, false, false);
        private EpubOptions epub = new EpubOptions(1, true);

        private Builder() {}

        public Builder accent(Colour chosen) {
            this.accent = chosen;
            return this;
        }

        public Builder fontSize(FontSize size) {
            this.fontSize = size;
            return this;
        }

        public Builder imageBase(String url) {
            this.imageBase = url;
            return this;
        }

        public Builder cjkSpacing(AutoSwitch spacing) {
            this.cjkSpacing = spacing;
            return this;
        }

        public Builder lineNumbers(boolean on) {
            this.lineNumbers = on;
            return this;
        }

        public Builder pdf(PdfOptions options) {
            this.pdf = options;
            return this;
        }

        public Builder epub(EpubOptions options) {
            this.epub = options;
            return this;
        }

        public RequestedOptions build() {
            return new RequestedOptions(accent, fontSize, imageBase, cjkSpacing, lineNumbers, pdf, epub);
        }
    }
}
