package org.inkstone.diagnostic;

/** One message about one input file, at a 1-based line (0 when no line applies). */
public record Diagnostic(Severity severity, String file, int line, String message) {
    public enum Severity { WARNING, ERROR }

    /** {@code file:line: warning: message}, the form editors and CI logs understand. */
    public String format() {
        String where = line > 0 ? file + ":" + line : file;
        return where + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
