package org.inkstone.typography;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lines of a PDF as a reader sees them: PDFBox's text positions (every glyph drawn, with its page, baseline,
 * left edge and advance) grouped into lines by page and baseline. A raised or lowered glyph (a footnote reference)
 * stays on the line it stands in; a formula or image drawn in a line (no glyphs) leaves a gap in it and does not cut
 * it. Table cells side by side on one baseline read as one line: their inner edges are not told apart (a gap is no
 * sign of a cell edge, as an inline formula leaves one too).
 *
 * <p>The text of a line is its glyphs left to right; where a gap of more than a fifth of an em separates two
 * glyphs and no space was drawn, a space stands for it. Nothing else is added or dropped.
 */
public final class PdfLines {
    /** How far (in ems of the line's font) a glyph's baseline may stand from the line's and still belong to it. */
    private static final float BASELINE_TOLERANCE_EM = 0.45f;
    private static final float SPACE_GAP_EM = 0.2f;

    private PdfLines() {}

    /**
     * One line of text in the PDF.
     *
     * @param text     its glyphs left to right (see the class comment for spaces)
     * @param page     the page, from 1
     * @param x0       the left edge of its first glyph, in points from the page's left edge
     * @param x1       the right edge of its last glyph, in points
     * @param baseline its baseline, in points from the page's top edge
     * @param size     the font size of its largest glyph, in points
     * @param code     whether every visible glyph is set in a monospaced face (a code block's line)
     */
    public record Line(String text, int page, float x0, float x1, float baseline, float size, boolean code) {
        /** The text without the spaces at its ends. */
        public String stripped() {
            return text.strip();
        }

        @Override
        public String toString() {
            return "p" + page + " [" + Math.round(x0) + "–" + Math.round(x1) + "] " + text;
        }
    }

    /** A glyph as drawn: what PDFBox reads back for one text position. */
    public record Glyph(String text, int page, float x, float baseline, float width, float size, String font) {
        boolean blank() {
            return text.isBlank();
        }

        boolean monospaced() {
            return font.contains("Mono") || font.contains("Code") || font.contains("Courier");
        }
    }

    public static List<Line> read(Path pdf) {
        try {
            return read(Files.readAllBytes(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Line> read(byte[] pdf) {
        return group(glyphs(pdf));
    }

    /** The lines' texts, without their end spaces, leaving out code blocks' lines (clreq's rules are for prose). */
    public static List<String> proseTexts(List<Line> lines) {
        return lines.stream().filter(l -> !l.code()).map(Line::stripped).filter(t -> !t.isEmpty()).toList();
    }

    /** Every glyph of the PDF in the order drawn, page by page. */
    public static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                int page = i;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition p : positions) {
                            String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
                            out.add(new Glyph(p.getUnicode(), page, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                                    p.getFontSizeInPt(), font));
                        }
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Groups glyphs (in any order) into lines by page and baseline; top to bottom. */
    public static List<Line> group(List<Glyph> glyphs) {
        List<List<Glyph>> rows = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        List<Float> sizes = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        // the largest glyphs first, so that each row's baseline is set by its body text and not by a superscript
        List<Glyph> bySize = glyphs.stream().sorted(Comparator.comparing(Glyph::page)
                .thenComparing(Comparator.comparing(Glyph::size).reversed())).toList();
        for (Glyph g : bySize) {
            int row = -1;
            for (int r = rows.size() - 1; r >= 0 && pages.get(r) == g.page(); r--) {
                if (Math.abs(baselines.get(r) - g.baseline()) <= BASELINE_TOLERANCE_EM * sizes.get(r)) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                rows.add(new ArrayList<>());
                baselines.add(g.baseline());
                sizes.add(g.size());
                pages.add(g.page());
                row = rows.size() - 1;
            }
            rows.get(row).add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Glyph> row = new ArrayList<>(rows.get(r));
            row.sort(Comparator.comparing(Glyph::x));
            lines.add(line(row, baselines.get(r)));
        }
        lines.sort(Comparator.comparing(Line::page).thenComparing(Line::baseline).thenComparing(Line::x0));
        return lines;
    }

    private static Line line(List<Glyph> glyphs, float baseline) {
        StringBuilder text = new StringBuilder();
        float size = 0;
        boolean code = true;
        boolean visible = false;
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && !prev.blank() && !g.blank()
                    && g.x() - (prev.x() + prev.width()) > SPACE_GAP_EM * Math.max(prev.size(), g.size())) {
                text.append(' ');
            }
            text.append(g.text());
            size = Math.max(size, g.size());
            if (!g.blank()) {
                visible = true;
                code &= g.monospaced();
            }
            prev = g;
        }
        Glyph last = glyphs.get(glyphs.size() - 1);
        return new Line(text.toString(), glyphs.get(0).page(), glyphs.get(0).x(), last.x() + last.width(), baseline, size,
                visible && code);
    }
}
