/**
 * Bounded, least-recently-used caches for the state that outlives one build (parsed fonts, subsets,
 * formulas, covers). Depends on nothing of Inkstone; the packages that fill caches build theirs on it.
 */
package org.inkstone.bounded;
