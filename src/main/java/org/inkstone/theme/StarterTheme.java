package org.inkstone.theme;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files of a new user theme ({@code inkstone themes --new NAME}): a {@code theme.properties} that
 * extends an existing theme, with commented examples of the common overrides, and starter style sheets
 * (base, print, WeChat) that say what they style and show one rule, so the user writes only what differs.
 */
public final class StarterTheme {
    private StarterTheme() {}

    /**
     * File name → text, in the order they are written.
     *
     * @param name        the new theme's name (its folder's)
     * @param extendsName what its {@code extends=} says: a theme's name, or a folder path relative to the new folder
     * @param parentName  the parent's name, for the comments
     */
    public static Map<String, String> files(String name, String extendsName, String parentName) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("theme.properties", """
                # %1$s: an Inkstone theme. It extends %3$s: everything not set here (properties, CSS for
                # every output, fonts) comes from that theme; this folder's CSS comes after the parent's, so its
                # rules win. Try it: inkstone build FILE.md --theme %1$s --to html,pdf,epub,wechat
                name=%1$s
                # One line, shown by `inkstone themes`.
                description=My own theme, based on %3$s.
                extends=%2$s

                # Common overrides: remove the # before a line to use it.
                # The accent colour (links, heading bars, markers); the parent's CSS is recoloured to it:
                #accent=#2a6fb5
                # The WeChat body size (14px to 18px; --font-size and front matter font-size: still win):
                #wechat-font-size=15px
                # Faces embedded in the PDF and the EPUB, Family|weight|file (400 or 700, optionally "italic"):
                # files are looked for in this folder, then in %3$s's, then in Inkstone's fonts/. TrueType
                # (glyf) faces only. Name the family in base.css too (see there).
                #fonts=My Serif|400|MySerif-Regular.ttf, My Serif|700|MySerif-Bold.ttf
                # PDF paragraphs: indent (a 2em first-line indent, no gap, as in a printed Chinese book) or
                # spacing (a gap between paragraphs, no indent):
                #print-paragraph=spacing
                # Emphasis on Chinese text: dots (着重号 under each character), bold, or italic:
                #cjk-emphasis=bold
                """.formatted(name, extendsName, parentName));
        files.put("base.css", """
                /*
                 * %1$s: base.css, shared by every output (web page, PDF, EPUB, WeChat), after %2$s's CSS.
                 * Write only what differs, with the parent's selectors (.ink-document h2, not h2): a rule
                 * wins over the parent's when it is as specific and comes later, which this one does.
                 * var(--accent) is the accent (accent= in theme.properties, or --accent).
                 */

                /* Example: second-level headings in the accent colour.
                .ink-document h2 {
                  color: var(--accent);
                }
                */

                /* Example: another body face (embed its file with fonts= in theme.properties).
                body.ink,
                .ink {
                  font-family: "My Serif", serif;
                }
                */
                """.formatted(name, parentName));
        files.put("print.css", """
                /*
                 * %1$s: print.css, the PDF's additions, after %2$s's print CSS and this theme's base.css.
                 * OpenHTMLtoPDF reads CSS 2.1 and paged media (@page); no flex, grid, var() or rgba().
                 */

                /* Example: a little more space between lines on paper.
                .ink-document p {
                  line-height: 1.9;
                }
                */
                """.formatted(name, parentName));
        files.put("wechat.css", """
                /*
                 * %1$s: wechat.css, the WeChat article's additions, after %2$s's WeChat CSS and this theme's
                 * base.css. Every rule becomes an inline style="" (the WeChat editor keeps no classes or
                 * <style>), so use plain properties: no position, :hover or @media.
                 */

                /* Example: quotes on a tinted ground.
                .ink-document blockquote {
                  background-color: #f4f7fb;
                }
                */
                """.formatted(name, parentName));
        return files;
    }
}
