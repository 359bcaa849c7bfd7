/**
 * Themes: their CSS for each output, properties and fonts, found by name (a folder, {@code themes/} beside the
 * document, the home's themes, or those bundled in the jar and listed in {@code themes/index.txt}), each able to
 * {@code extends} another ({@link org.inkstone.theme.ThemeLoader}); the files of a new user theme
 * ({@link org.inkstone.theme.StarterTheme}); and the colours of one build ({@link org.inkstone.theme.Colour},
 * {@link org.inkstone.theme.ThemeColours}: the theme's CSS in the chosen accent). Depends on {@code asset},
 * {@code font} and {@code diagnostic}.
 */
package org.inkstone.theme;
