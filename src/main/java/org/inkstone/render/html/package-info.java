/**
 * Web page output: one standalone XHTML page styled by the theme, images linked. Depends on {@code render},
 * {@code render.xhtml} and the lower packages.
 */
package org.inkstone.render.html;
