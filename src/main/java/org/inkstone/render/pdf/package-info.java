/**
 * PDF output: the XHTML with print CSS laid out by OpenHTMLtoPDF (pages, bookmarks, running titles, PDF/UA and
 * PDF/A); for a book also its contents of parts and chapters, part title pages, right-hand chapter starts and
 * page labels (i, ii … then 1, 2 …). Lines break by clreq's line-edge rules: {@code ClreqLineBreaks}
 * inside a run of text, {@code InlineBoundaryGlue} where a mark meets an inline element's edge.
 * Depends on {@code render}, {@code render.xhtml} and the lower packages.
 */
package org.inkstone.render.pdf;
