package org.inkstone.render.epub;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cover drawn when the front matter names none: a 1600×2560 PNG with the title, subtitle and
 * authors in the theme's CJK faces and colours. The same book gives the same bytes (fixed
 * rendering hints, no timestamp in the PNG).
 */
final class CoverImage {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2560;
    private static final Color PAPER = new Color(0xf6, 0xf1, 0xe7);
    private static final Color INK = new Color(0x1a, 0x18, 0x16);
    private static final Color MUTED = new Color(0x6f, 0x6a, 0x64);
    private static final int MARGIN = 200;
    private static final String NO_LINE_START = "，。、：；！？）」』》〉”’…—,.;:!?)]}%";

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private CoverImage() {}

    /**
     * @param bold    TrueType bytes for the title (null: the JDK's serif font)
     * @param regular TrueType bytes for subtitle and authors (null: the JDK's serif font)
     */
    static byte[] draw(String title, String subtitle, String authors, Color accent, byte[] bold, byte[] regular) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accent);
            g.fillRect(0, 0, WIDTH, 56);
            g.fillRect(0, HEIGHT - 220, WIDTH, 220);
            g.fillRect(MARGIN, 560, 24, 24);

            Font titleBase = font(bold, Font.BOLD);
            int size = 168;
            List<String> lines;
            do {
                g.setFont(titleBase.deriveFont((float) size));
                lines = wrap(title, g.getFontMetrics(), WIDTH - 2 * MARGIN);
                size -= 8;
            } while (lines.size() > 4 && size > 72);
            g.setColor(INK);
            FontMetrics fm = g.getFontMetrics();
            int lineHeight = (int) Math.round(fm.getHeight() * 1.12);
            int y = 700 + fm.getAscent();
            for (String line : lines) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            y += 40;
            g.setColor(accent);
            g.fillRect(MARGIN, y, 220, 12);
            y += 110;
            if (!subtitle.isBlank()) {
                g.setFont(font(regular, Font.PLAIN).deriveFont(64f));
                g.setColor(MUTED);
                FontMetrics sm = g.getFontMetrics();
                List<String> sub = wrap(subtitle, sm, WIDTH - 2 * MARGIN);
                for (String line : sub.subList(0, Math.min(4, sub.size()))) {
                    g.drawString(line, MARGIN, y + sm.getAscent());
                    y += (int) Math.round(sm.getHeight() * 1.25);
                }
            }
            if (!authors.isBlank()) {
                g.setFont(font(regular, Font.PLAIN).deriveFont(76f));
                g.setColor(INK);
                FontMetrics am = g.getFontMetrics();
                List<String> names = wrap(authors, am, WIDTH - 2 * MARGIN);
                int ay = HEIGHT - 220 - 140 - (names.size() - 1) * am.getHeight();
                for (String line : names) {
                    g.drawString(line, MARGIN, ay);
                    ay += am.getHeight();
                }
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static Font font(byte[] data, int style) {
        if (data != null) {
            try {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data));
            } catch (FontFormatException | IOException e) {
                // fall through to the JDK's font
            }
        }
        return new Font(Font.SERIF, style, 12);
    }

    /**
     * Greedy line breaking: Latin words stay whole, any two Chinese characters may part, and
     * closing punctuation never starts a line (it hangs at the end of the previous one).
     */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.strip().replaceAll("\\s+", " ").codePoints().forEach(cp -> {
            boolean latin = cp < 0x2E80 && Character.isLetterOrDigit(cp);
            if (latin) {
                word.appendCodePoint(cp);
                return;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            tokens.add(new String(Character.toChars(cp)));
        });
        if (word.length() > 0) tokens.add(word.toString());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String t : tokens) {
            boolean hangs = NO_LINE_START.contains(t);
            if (line.length() > 0 && !hangs && fm.stringWidth(line + t) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
                if (t.equals(" ")) continue;
            }
            line.append(t);
        }
        if (!line.toString().isBlank()) lines.add(line.toString().strip());
        return lines;
    }

    private static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
