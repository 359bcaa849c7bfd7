/**
 * What every output shares: the {@link org.inkstone.render.Renderer} interface, the render context (with the build's
 * resolved options), labels and the image sources of a document. The outputs live in the subpackages.
 * Depends on the lower packages ({@code model}, {@code diagnostic}, {@code asset}, {@code font}, {@code math},
 * {@code theme}, {@code options}, {@code transform}), never on {@code parse}, {@code publish} or {@code cli}.
 */
package org.inkstone.render;
