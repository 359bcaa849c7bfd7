/**
 * Rewrites of the document tree between parsing and rendering (heading ids, Han–Latin spacing, CJK line breaks,
 * editor notes), applied through {@link org.inkstone.transform.Transforms}. Depends on {@code model} only.
 */
package org.inkstone.transform;
