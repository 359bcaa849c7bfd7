package org.inkstone.options;

import org.inkstone.theme.ThemeColours;

/**
 * Every option of one build, resolved once (command line, then front matter, then theme) into the
 * values the outputs use; see {@link OptionsResolver}.
 *
 * @param colours     the theme's colours in the chosen accent
 * @param cjkSpacing  spaces between Han and Latin text (盘古之白): {@code auto} lets each output decide (every
 *                    output now decides on); {@code off} keeps the text as written
 * @param lineNumbers number the lines of every code block
 * @param numbering   numbered headings, figures and tables (the theme's, or the front matter's)
 */
public record OutputOptions(ThemeColours colours, AutoSwitch cjkSpacing, boolean lineNumbers,
                            PdfOptions pdf, EpubOptions epub, WechatOptions wechat, Numbering numbering) {
    /** Options without numbering. */
    public OutputOptions(ThemeColours colours, AutoSwitch cjkSpacing, boolean lineNumbers,
                         PdfOptions pdf, EpubOptions epub, WechatOptions wechat) {
        this(colours, cjkSpacing, lineNumbers, pdf, epub, wechat, Numbering.OFF);
    }
}
