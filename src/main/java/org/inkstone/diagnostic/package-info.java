/**
 * Messages about the input (warnings with file and line, input errors, failures) and the source text they point
 * into.
 * Depends on nothing else of Inkstone.
 */
package org.inkstone.diagnostic;
