package org.inkstone.diagnostic;

/** An input that cannot be read at all: the build of this file stops with this one message. */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;

    public InputException(String file, int line, String message) {
        super(message);
        this.file = file;
        this.line = line;
    }

    String file() { return file; }
    int line() { return line; }

    /** {@code file:line: error: message}. */
    public String format() {
        return (line > 0 ? file + ":" + line : file) + ": error: " + getMessage();
    }
}
