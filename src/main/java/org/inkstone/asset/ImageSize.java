package org.inkstone.asset;

/**
 * The size of an image in pixels: for a raster image its pixel grid, for an SVG its width and
 * height in CSS pixels (from the root's width/height, else its viewBox), rounded to whole pixels.
 */
public record ImageSize(int width, int height) {
    public ImageSize {
        if (width <= 0 || height <= 0) throw new IllegalArgumentException("image size must be positive: " + width + "x" + height);
    }
}
