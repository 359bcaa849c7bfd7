/**
 * Markdown and front matter to the {@link org.inkstone.model model}; {@link org.inkstone.parse.MarkdownReader}
 * is its one door.
 * The only package that may use flexmark. Depends on {@code model} and {@code diagnostic}.
 */
package org.inkstone.parse;
