/**
 * Build-time code highlighting: source code to coloured tokens (prism4j and Inkstone's own grammars).
 * Depends on nothing else of Inkstone.
 */
package org.inkstone.highlight;
