package org.inkstone.theme;

/** A theme that cannot be found or read. */
public final class ThemeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ThemeException(String message) {
        super(message);
    }
}
