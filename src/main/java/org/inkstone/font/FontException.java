package org.inkstone.font;

/** A font that cannot be used; the message names the file and what to do. */
public final class FontException extends RuntimeException {
    public FontException(String message) {
        super(message);
    }
}
