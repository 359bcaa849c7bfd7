package org.inkstone.diagnostic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the diagnostics of one input file; identical messages are reported once. Thread-safe. */
public final class Diagnostics {
    private final String file;
    private final Set<Diagnostic> seen = new LinkedHashSet<>();
    private volatile SourceText source = SourceText.NONE;
    /** For a book: where each chapter's lines start in the text {@link #source} holds; empty for one file. */
    private volatile List<Region> regions = List.of();

    /** A chapter file whose lines start at {@code firstLine} of the text the diagnostics were given. */
    public record Region(int firstLine, String file) {}

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Gives the file's text, so that later stages can find the line a warning is about. */
    public void source(String text) {
        source = new SourceText(text);
    }

    /** The file's text, or an empty one before it has been read. */
    public SourceText source() {
        return source;
    }

    /**
     * For a book, whose document is its chapters laid end to end: the region each chapter's lines take, in
     * order. A warning at such a line then names the chapter's file and its line there.
     */
    public void regions(List<Region> chapters) {
        regions = List.copyOf(chapters);
    }

    /**
     * A new collector for the same file, with its text and (for a book) its chapters' regions: one output's
     * warnings, kept apart while the outputs render at once, then {@link #include included} output by output,
     * so that warnings on one line come in the same order however the threads ran.
     */
    public Diagnostics branch() {
        Diagnostics own = new Diagnostics(file);
        own.source = source;
        own.regions = regions;
        return own;
    }

    /**
     * How a message names a line of the document: the number itself, or for a book {@code "12 of <chapter file>"}
     * (the chapter's file and its line there, as {@link #warn} places a warning).
     */
    public String place(int line) {
        List<Region> chapters = regions;
        Region in = null;
        for (Region r : chapters) {
            if (line < r.firstLine()) break;
            in = r;
        }
        return in == null ? String.valueOf(line) : (line - in.firstLine() + 1) + " of " + in.file();
    }

    public synchronized void warn(int line, String message) {
        String where = file;
        int at = line;
        for (Region r : regions) {
            if (line < r.firstLine()) break;
            where = r.file();
            at = line - r.firstLine() + 1;
        }
        seen.add(new Diagnostic(Diagnostic.Severity.WARNING, where, at, message));
    }

    /**
     * Takes in the diagnostics of another file this one draws on (a note it embeds), which keep their own
     * file name and lines.
     */
    public void include(Diagnostics other) {
        if (other == this) return;
        List<Diagnostic> theirs = other.all();
        synchronized (this) {
            seen.addAll(theirs);
        }
    }

    /**
     * All diagnostics, by line (a file-wide one first), then in the order they were reported; those of
     * included files after this file's, file by file.
     */
    public synchronized List<Diagnostic> all() {
        List<Diagnostic> list = new ArrayList<>(seen);
        list.sort(java.util.Comparator.<Diagnostic>comparingInt(d -> d.file().equals(file) ? 0 : 1)
                .thenComparing(d -> d.file().equals(file) ? "" : d.file())
                .thenComparingInt(Diagnostic::line));
        return List.copyOf(list);
    }

    public synchronized boolean hasWarnings() {
        return seen.stream().anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
    }
}
