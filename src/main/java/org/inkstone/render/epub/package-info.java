/**
 * EPUB 3 output: chapters, navigation, package document, cover, subset fonts and images, zipped.
 * Depends on {@code render}, {@code render.xhtml} and the lower packages.
 */
package org.inkstone.render.epub;
