package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Images on paper, Markdown and raw HTML alike: drawn from the asset resolver's bytes at the size
 * asked for, or a placeholder with the alt text and a warning naming the line.
 */
class PdfImagesTest {
    @TempDir Path dir;

    /** An image as drawn: its pixel width and the width it covers on the page, in points. */
    private record Drawn(int pixelWidth, float pointWidth, float pointHeight) {}

    /** Every image drawn on a page (also inside form XObjects), with the size the page gives it. */
    private static final class DrawnImages extends PDFStreamEngine {
        final List<Drawn> drawn = new ArrayList<>();

        DrawnImages() {
            addOperator(new Concatenate(this));
            addOperator(new SetMatrix(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (!operator.getName().equals("Do")) {
                super.processOperator(operator, operands);
                return;
            }
            PDXObject x = getResources().getXObject((COSName) operands.get(0));
            if (x instanceof PDImageXObject image) {
                var m = getGraphicsState().getCurrentTransformationMatrix();
                drawn.add(new Drawn(image.getWidth(), m.getScalingFactorX(), m.getScalingFactorY()));
            } else if (x instanceof PDFormXObject form) {
                showForm(form);
            }
        }
    }

    @Test
    void rawHtmlImagesAreDrawnSizedAndReportedLikeMarkdownImages() throws IOException {
        PdfBuilds.Built built = PdfBuilds.build(TestDocs.rawHtmlImages(dir), dir.resolve("out"), PdfBuilds.a4());
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            DrawnImages images = new DrawnImages();
            for (PDPage page : pdf.doc.getPages()) images.processPage(page);
            assertEquals(2, images.drawn.size(), "the raw image and the Markdown one, each once: " + images.drawn);
            Drawn raw = images.drawn.stream().filter(d -> d.pixelWidth() == 1200).findFirst().orElseThrow();
            assertEquals(90f, raw.pointWidth(), 0.5f, "width=\"120\" is 120 CSS pixels, 90 pt, not the image's 1200");

            String text = PdfReading.squash(String.join("", pdf.bodyTexts()));
            for (String alt : List.of("不存在的原始图", "越界的原始图", "远程的原始图", "缺失的Markdown图")) {
                assertTrue(text.contains("图片无法显示：" + alt), text);
            }
            assertTrue(text.contains("混排粗体与") && text.endsWith("结束。"), text);
        }
        assertEquals(List.of(7), lines(built, "'images/missing.png' not found"), built.warnings());
        assertEquals(List.of(9), lines(built, "'../../../etc/passwd' lies outside the document's folder"), built.warnings());
        assertEquals(List.of(11), lines(built, "https://example.invalid/raw.png"), built.warnings());
        assertEquals(List.of(13), lines(built, "'images/gone.png' not found"), built.warnings());
        assertEquals(4, built.diagnostics().size(), "nothing else, nothing twice: " + built.warnings());
    }

    private static List<Integer> lines(PdfBuilds.Built built, String text) {
        return built.diagnostics().stream().filter(d -> d.message().contains(text)).map(Diagnostic::line).toList();
    }

    /** A tall image given a small width is drawn at that width and its own proportions, not stretched to the page's maximum height. */
    @Test
    void aTallImageWithASmallWidthKeepsItsProportions() throws IOException {
        java.nio.file.Files.createDirectories(dir.resolve("images"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(800, 1280, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", dir.resolve("images/tall.png").toFile());
        java.nio.file.Files.writeString(dir.resolve("tall.md"), "# 高图\n\n图标 ![[images/tall.png|16]] 在文字里。\n\n"
                + "<img src=\"images/tall.png\" width=\"16\">\n\n整幅：![整幅](images/tall.png)\n");
        PdfBuilds.Built built = PdfBuilds.build(dir.resolve("tall.md"), dir.resolve("out"), PdfBuilds.a4());
        assertNotNull(built.pdf(), built.failure());
        try (PdfReading pdf = new PdfReading(built.pdf(), PageSetup.of(PageSize.A4))) {
            DrawnImages images = new DrawnImages();
            for (PDPage page : pdf.doc.getPages()) images.processPage(page);
            assertEquals(3, images.drawn.size(), images.drawn.toString());
            for (Drawn small : images.drawn.subList(0, 2)) {
                assertEquals(12f, small.pointWidth(), 0.5f, small.toString());
                assertEquals(19.2f, small.pointHeight(), 0.6f, "16 × 1280 / 800 CSS pixels: " + small);
            }
            Drawn whole = images.drawn.get(2);
            assertEquals(18 / 2.54f * 72, whole.pointHeight(), 1f, "an image without a size is at most 18 cm tall: " + whole);
        }
    }
}
