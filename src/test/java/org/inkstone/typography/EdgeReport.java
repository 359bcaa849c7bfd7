package org.inkstone.typography;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints the line-edge violations of PDFs, for the figures of a note: {@code EdgeReport a.pdf b.pdf …} prints per file
 * its pages, prose lines and counts, then (with {@code -v} first) each violation.
 */
public final class EdgeReport {
    private EdgeReport() {}

    public static void main(String[] args) {
        boolean verbose = args.length > 0 && args[0].equals("-v");
        for (int i = verbose ? 1 : 0; i < args.length; i++) {
            List<PdfLines.Line> lines = PdfLines.read(Path.of(args[i]));
            List<String> prose = PdfLines.proseTexts(lines);
            List<LineEdges.Violation> found = LineEdges.find(prose);
            int pages = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).page();
            System.out.println(args[i] + ": " + pages + " pages, " + prose.size() + " prose lines; " + LineEdges.counts(found));
            if (verbose) found.forEach(v -> System.out.println("  " + v));
        }
    }
}
