/**
 * The document tree every stage shares: immutable records for blocks, inlines, footnotes and metadata,
 * their visitors and read-only walks. Depends on nothing else of Inkstone, nor on any library.
 */
package org.inkstone.model;
