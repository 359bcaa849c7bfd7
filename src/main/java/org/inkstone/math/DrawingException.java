package org.inkstone.math;

/** Batik drew something the flat SVG cannot carry (an image, a gradient, unreadable geometry). */
final class DrawingException extends RuntimeException {
    DrawingException(String message) {
        super(message);
    }
}
