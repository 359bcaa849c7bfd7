package org.inkstone.render.xhtml;

import org.inkstone.model.Image;

/**
 * Decides what an image reference becomes in the output: a usable {@code src}, or a reason it
 * cannot be shown (then the writer draws a placeholder with the alt text). Each renderer supplies
 * one, backed by the asset resolver; the resolver reports the warning. Markdown images and
 * {@code <img>} written as raw HTML both come here, with the line they were written on.
 */
@FunctionalInterface
public interface ImageResolver {
    Resolved resolve(Image image);

    record Resolved(String src, boolean available) {
        public static Resolved at(String src) { return new Resolved(src, true); }
        public static Resolved unavailable() { return new Resolved("", false); }
    }

    /** Uses every src as written: for tests and previews that load nothing. */
    ImageResolver AS_WRITTEN = image -> Resolved.at(image.src());
}
