package org.inkstone.options;

/**
 * The EPUB's options, resolved.
 *
 * @param splitLevel heading level that starts a new chapter file: 1, or 2 (H1 and H2)
 * @param embedFonts embed the theme's fonts, subset to the characters used
 */
public record EpubOptions(int splitLevel, boolean embedFonts) {}
