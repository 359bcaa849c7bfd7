/**
 * Markdown and front matter to the {@link org.inkstone.model model}: {@link org.inkstone.parse.MarkdownReader}
 * reads a document; {@link org.inkstone.parse.SummaryReader} and {@link org.inkstone.parse.BookYamlReader} read
 * what a book lists ({@link org.inkstone.parse.ChapterList}, {@link org.inkstone.parse.BookConfig}).
 * The only package that may use flexmark. Depends on {@code model} and {@code diagnostic}.
 */
package org.inkstone.parse;
