/**
 * Themes: their CSS for each output, properties and fonts, found by name (a folder, the home's themes, or those
 * bundled in the jar). Depends on {@code asset} and {@code font}.
 */
package org.inkstone.theme;
