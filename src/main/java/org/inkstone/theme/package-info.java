/**
 * Themes: their CSS for each output, properties and fonts, found by name (a folder, the home's themes, or those
 * bundled in the jar), and the colours of one build ({@link org.inkstone.theme.Colour},
 * {@link org.inkstone.theme.ThemeColours}: the theme's CSS in the chosen accent). Depends on {@code asset},
 * {@code font} and {@code diagnostic}.
 */
package org.inkstone.theme;
