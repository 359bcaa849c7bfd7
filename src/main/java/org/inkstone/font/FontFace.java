package org.inkstone.font;

import java.nio.file.Path;

/**
 * One face of a theme's font family: the CSS family name it is known by, its weight and style,
 * and its TrueType file (a {@link FontCache} reads and parses it).
 *
 * @param family the CSS {@code font-family} name the theme uses for it
 * @param weight 400 regular, 700 bold
 * @param italic whether this is the italic face
 * @param file   the {@code .ttf} file (or a {@code .ttc} collection)
 * @param member for a {@code .ttc}: the PostScript or full name of the member to use; empty otherwise
 */
public record FontFace(String family, int weight, boolean italic, Path file, String member) {}
