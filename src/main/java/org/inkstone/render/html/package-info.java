/**
 * Web output: for an article, one standalone XHTML page styled by the theme, images linked; for a book,
 * a web book (a page per chapter, a sidebar with the contents, previous and next links, search built
 * at build time). Depends on {@code render}, {@code render.xhtml} and the lower packages.
 */
package org.inkstone.render.html;
