package org.inkstone.typography;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a PDF draws its text and images, read back with PDFBox: each glyph with its face and whether it is synthetic
 * (a bold made by stroking the regular outline, OpenHTMLtoPDF's text rendering mode 2; an italic made by slanting
 * it, a sheared text matrix), and each image with its box. Positions are in points from the page's top-left corner.
 */
final class PdfInk {
    private PdfInk() {}

    /** A glyph: its text, page (from 1), left edge, advance, baseline, font size, face, and how it is drawn. */
    record Glyph(String text, int page, float x, float width, float baseline, float size, String font, boolean stroked,
                 boolean slanted) {
        float centre() {
            return x + width / 2;
        }

        boolean han() {
            return Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
        }
    }

    /** An image drawn on a page (from 1): its box. */
    record Image(int page, float left, float top, float width, float height) {
        float centre() {
            return left + width / 2;
        }
    }

    static List<Glyph> glyphs(byte[] pdf) {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    boolean stroked = getGraphicsState().getTextState().getRenderingMode() != RenderingMode.FILL;
                    Matrix m = p.getTextMatrix();
                    boolean slanted = Math.abs(m.getShearX()) > 0.01f || Math.abs(m.getShearY()) > 0.01f;
                    glyphs.add(new Glyph(p.getUnicode(), getCurrentPageNo(), p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(),
                            p.getFontSizeInPt(), p.getFont().getName(), stroked, slanted));
                }
            };
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    static List<Image> images(byte[] pdf) {
        List<Image> images = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = 0;
            for (PDPage page : doc.getPages()) {
                int pageNo = ++n;
                float height = page.getMediaBox().getHeight();
                new ImageBoxes(page, box -> images.add(new Image(pageNo, box[0], height - box[1] - box[3], box[2], box[3])))
                        .processPage(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return images;
    }

    /** Reports each image's box ({@code x, y from the bottom, width, height}); draws nothing else. */
    private static final class ImageBoxes extends PDFGraphicsStreamEngine {
        private final java.util.function.Consumer<float[]> sink;

        ImageBoxes(PDPage page, java.util.function.Consumer<float[]> sink) {
            super(page);
            this.sink = sink;
        }

        @Override public void drawImage(PDImage image) {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix();
            sink.accept(new float[] {m.getTranslateX(), m.getTranslateY(), m.getScalingFactorX(), m.getScalingFactorY()});
        }

        @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
        @Override public void clip(int windingRule) {}
        @Override public void moveTo(float x, float y) {}
        @Override public void lineTo(float x, float y) {}
        @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
        @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
        @Override public void closePath() {}
        @Override public void endPath() {}
        @Override public void strokePath() {}
        @Override public void fillPath(int windingRule) {}
        @Override public void fillAndStrokePath(int windingRule) {}
        @Override public void shadingFill(COSName shadingName) {}
    }
}
