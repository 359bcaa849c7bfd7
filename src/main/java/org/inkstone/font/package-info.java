/**
 * Font files: reading and checking TrueType faces and collections, the glyphs a face covers, and subsets of a face
 * for outputs that embed fonts. Depends on {@code diagnostic}.
 */
package org.inkstone.font;
