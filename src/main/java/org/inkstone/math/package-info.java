/**
 * TeX formulas drawn as SVG outlines (JLaTeXMath layout, Batik drawing). Depends on {@code diagnostic}.
 */
package org.inkstone.math;
