package org.inkstone.asset;

import java.util.Optional;

/**
 * The bytes of an image that could be had, local or remote, and their sniffed format. An
 * ImageData from {@link AssetResolver#image} has been decoded once already: it is whole.
 *
 * @param src    the reference as written in the document
 * @param bytes  the image file's bytes
 * @param format the format read from the bytes (never from the name)
 */
public record ImageData(String src, byte[] bytes, ImageFormat format) {

    /**
     * The size in pixels, read from the header (raster) or the root element's width, height and
     * viewBox (SVG, in CSS pixels, rounded to whole pixels); empty for an SVG that states no size.
     */
    public Optional<ImageSize> size() {
        return ImageDecoder.size(bytes, format);
    }

    /**
     * This image as PNG, for outputs that cannot take its format (the PDF cannot take WebP): a PNG
     * is returned as it is, a JPEG, GIF (first frame) or WebP is decoded and re-encoded, keeping
     * transparency. Same {@code src}.
     *
     * @throws IllegalArgumentException for an SVG (there are no pixels to encode), or for bytes
     *                                  that cannot be decoded (never the case for an image from
     *                                  {@link AssetResolver#image}, which checks them)
     */
    public ImageData toPng() {
        if (format == ImageFormat.PNG) return this;
        try {
            return new ImageData(src, ImageDecoder.toPng(bytes, format), ImageFormat.PNG);
        } catch (UnusableImageException e) {
            throw new IllegalArgumentException(e.describe(naming(src)), e);
        }
    }

    /** How warnings name an image: {@code image 'images/a.png'}, or {@code data URI image} (its text is too long to quote). */
    static String naming(String src) {
        return AssetResolver.isDataUri(src) ? "data URI image" : "image '" + src + "'";
    }
}
