/**
 * The document tree as XHTML elements (jsoup), shared by every output: blocks, inlines, code, math, images and
 * sanitized raw HTML.
 * Depends on {@code render} and the lower packages (with {@code highlight} and {@code math}); not on the other
 * render subpackages.
 */
package org.inkstone.render.xhtml;
