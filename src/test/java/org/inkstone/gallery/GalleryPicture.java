package org.inkstone.gallery;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One picture of the README's theme gallery: a theme's name and description over a PDF page and the WeChat
 * view of the same sample, side by side at the same height. Run by {@code docs/gallery.sh}:
 * {@code GalleryPicture OUT.png NAME DESCRIPTION FILE.pdf PAGE WECHAT.png FONT.ttf}.
 */
public final class GalleryPicture {
    private static final int HEIGHT = 760;
    private static final int GAP = 24;
    private static final int MARGIN = 20;
    private static final int CAPTION = 56;

    private GalleryPicture() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: GalleryPicture OUT.png NAME DESCRIPTION FILE.pdf PAGE WECHAT.png FONT.ttf");
            System.exit(2);
        }
        BufferedImage page = pdfPage(Path.of(args[3]), Integer.parseInt(args[4]));
        BufferedImage phone = ImageIO.read(new File(args[5]));
        if (phone == null) throw new IOException(args[5] + " is not an image");
        Font font = Font.createFont(Font.TRUETYPE_FONT, new File(args[6]));
        ImageIO.write(compose(args[1], args[2], page, phone, font), "png", new File(args[0]));
    }

    private static BufferedImage pdfPage(Path pdf, int number) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            float points = doc.getPage(number - 1).getMediaBox().getHeight();
            return renderer.renderImage(number - 1, HEIGHT / points, ImageType.RGB);
        }
    }

    static BufferedImage compose(String name, String description, BufferedImage page, BufferedImage phone, Font font) {
        int phoneWidth = Math.round(phone.getWidth() * (float) HEIGHT / phone.getHeight());
        int width = MARGIN + page.getWidth() + GAP + phoneWidth + MARGIN;
        BufferedImage out = new BufferedImage(width, CAPTION + HEIGHT + MARGIN, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xEEEDEA));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setColor(new Color(0x222222));
        g.setFont(font.deriveFont(Font.PLAIN, 22f));
        g.drawString(name, MARGIN, 34);
        int nameWidth = g.getFontMetrics().stringWidth(name);
        g.setColor(new Color(0x555555));
        g.setFont(font.deriveFont(Font.PLAIN, 15f));
        g.drawString(fit(description, g, width - 2 * MARGIN - nameWidth - 16), MARGIN + nameWidth + 16, 33);
        g.drawImage(page, MARGIN, CAPTION, null);
        g.drawImage(phone, MARGIN + page.getWidth() + GAP, CAPTION, phoneWidth, HEIGHT, null);
        g.setColor(new Color(0xB8B6B0));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(MARGIN, CAPTION, page.getWidth() - 1, HEIGHT - 1);
        g.drawRect(MARGIN + page.getWidth() + GAP, CAPTION, phoneWidth - 1, HEIGHT - 1);
        g.dispose();
        return out;
    }

    /** The text, cut with an ellipsis where it would run past {@code room} pixels. */
    private static String fit(String text, Graphics2D g, int room) {
        if (g.getFontMetrics().stringWidth(text) <= room) return text;
        String cut = text;
        while (!cut.isEmpty() && g.getFontMetrics().stringWidth(cut + "…") > room) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }
}
