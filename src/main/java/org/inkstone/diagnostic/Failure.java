package org.inkstone.diagnostic;

/** How a warning names what went wrong in a library while writing one piece: one short line, no stack trace. */
public final class Failure {
    private static final int MAX_LENGTH = 160;

    private Failure() {}

    /** The exception's first line of message (or its class name when it has none), shortened. */
    public static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "it nests too deeply";
        String message = e.getMessage() == null ? "" : e.getMessage().strip();
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline).strip();
        if (message.isEmpty()) return e.getClass().getSimpleName();
        return message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH - 1) + "…" : message;
    }
}
