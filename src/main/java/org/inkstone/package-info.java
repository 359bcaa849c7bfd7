/**
 * Inkstone: one Markdown source to PDF, EPUB 3, WeChat-ready HTML and a web page.
 * <p>The packages stand in layers, each depending only on those below it: {@code cli} → {@code publish} →
 * {@code render} (and its outputs) → {@code theme}, {@code transform}, {@code parse}, {@code asset}, {@code math},
 * {@code font}, {@code highlight} → {@code model}, {@code diagnostic}. {@code ArchitectureTest} keeps it so.
 */
package org.inkstone;
