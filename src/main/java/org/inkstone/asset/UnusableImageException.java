package org.inkstone.asset;

/**
 * Image bytes that have a known format's signature but cannot be used: damaged (truncated or
 * garbage data, an SVG that is not well-formed) or with too many pixels to process safely.
 * {@link #describe} turns it into the user's warning. Never printed with a stack trace.
 */
final class UnusableImageException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String problem;

    private UnusableImageException(String problem, String detail) {
        super(detail, null, false, false);
        this.problem = problem;
    }

    /** A raster image a decoder refuses; {@code detail} is for debugging only, users get the fixed text. */
    static UnusableImageException damaged(String detail) {
        return new UnusableImageException("is damaged (it cannot be decoded); replace it", detail);
    }

    static UnusableImageException malformedSvg(String detail) {
        return new UnusableImageException("is damaged (it is not well-formed SVG: " + detail + "); replace it", detail);
    }

    static UnusableImageException undrawableSvg(String detail) {
        return new UnusableImageException("cannot be drawn (" + detail + "); fix or replace it", detail);
    }

    static UnusableImageException tooManyPixels(int width, int height, long limit) {
        return new UnusableImageException("has " + width + "×" + height + " pixels, more than the "
                + limit / 1_000_000 + "-megapixel limit; scale it down and replace it", null);
    }

    /** @param what {@code image 'images/a.png'} or {@code data URI image} */
    String describe(String what) {
        return what + " " + problem;
    }
}
