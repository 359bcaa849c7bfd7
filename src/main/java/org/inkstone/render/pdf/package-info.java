/**
 * PDF output: the XHTML with print CSS laid out by OpenHTMLtoPDF (pages, bookmarks, running titles, PDF/UA and
 * PDF/A).
 * Depends on {@code render}, {@code render.xhtml} and the lower packages.
 */
package org.inkstone.render.pdf;
