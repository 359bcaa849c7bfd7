package org.inkstone.render.epub;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The cover drawn when the front matter names none: a 1600×2560 PNG with the title, subtitle and
 * authors in the theme's CJK faces and its accent colour. The same book gives the same bytes
 * (fixed rendering hints, no timestamp in the PNG).
 */
final class CoverImage {
    static final int WIDTH = 1600;
    static final int HEIGHT = 2560;
    private static final Color PAPER = new Color(0xf6, 0xf1, 0xe7);
    private static final Color INK = new Color(0x1a, 0x18, 0x16);
    private static final Color MUTED = new Color(0x6f, 0x6a, 0x64);
    private static final int MARGIN = 200;
    private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
    private static final int TITLE_TOP = 640;
    private static final int BAND = 220;
    private static final float SUBTITLE_SIZE = 62f;
    private static final float AUTHOR_SIZE = 76f;
    private static final String NO_LINE_START = "，。、：；！？）」』》〉】”’…—,.;:!?)]}%";
    private static final String NO_LINE_END = "（「『《〈【“‘([{";

    static {
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private CoverImage() {}

    static byte[] draw(String title, String subtitle, String authors, Color accent, CoverFont bold, CoverFont regular) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            background(g, accent);

            // Authors sit above the bottom band; title, rule and subtitle fill the space above them.
            List<String> names = authors.isBlank() ? List.of() : wrap(authors, regular, AUTHOR_SIZE, TEXT_WIDTH);
            double authorLine = regular.lineHeight() * AUTHOR_SIZE;
            double authorsTop = HEIGHT - BAND - 150 - names.size() * authorLine;
            double room = authorsTop - 100 - TITLE_TOP;
            float size = 168f;
            List<String> lines;
            List<String> sub;
            double subLine = regular.lineHeight() * SUBTITLE_SIZE * 1.1;
            while (true) {
                lines = wrap(title, bold, size, TEXT_WIDTH);
                sub = subtitle.isBlank() ? List.of() : wrap(subtitle, regular, SUBTITLE_SIZE, TEXT_WIDTH);
                double titleHeight = lines.size() * bold.lineHeight() * size * 1.05;
                int fit = (int) Math.floor((room - titleHeight - 160) / subLine);
                if ((lines.size() <= 4 && fit >= Math.min(sub.size(), 3)) || size <= 72f) {
                    sub = sub.subList(0, Math.max(0, Math.min(sub.size(), Math.min(fit, 4))));
                    break;
                }
                size -= 8f;
            }
            g.setColor(INK);
            double y = TITLE_TOP + bold.ascent() * size;
            for (String line : lines) {
                bold.draw(g, line, MARGIN, (float) y, size);
                y += bold.lineHeight() * size * 1.05;
            }
            y += 30;
            g.setColor(accent);
            g.fillRect(MARGIN, (int) y, 220, 12);
            y += 90;
            g.setColor(MUTED);
            for (String line : sub) {
                regular.draw(g, line, MARGIN, (float) (y + regular.ascent() * SUBTITLE_SIZE), SUBTITLE_SIZE);
                y += subLine;
            }
            g.setColor(INK);
            double ay = authorsTop + regular.ascent() * AUTHOR_SIZE;
            for (String line : names) {
                regular.draw(g, line, MARGIN, (float) ay, AUTHOR_SIZE);
                ay += authorLine;
            }
        } finally {
            g.dispose();
        }
        return PngImage.encode(image);
    }

    /** The cover without any text (paper and the accent's bands): for when the text cannot be drawn. */
    static byte[] plain(Color accent) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            background(g, accent);
        } finally {
            g.dispose();
        }
        return PngImage.encode(image);
    }

    private static void background(Graphics2D g, Color accent) {
        g.setColor(PAPER);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(accent);
        g.fillRect(0, 0, WIDTH, 56);
        g.fillRect(0, HEIGHT - BAND, WIDTH, BAND);
        g.fillRect(MARGIN, TITLE_TOP - 150, 26, 26);
    }

    /**
     * Greedy line breaking: Latin words stay whole, any two Chinese characters may part, closing
     * punctuation never starts a line (it hangs at the end of the one before) and opening
     * punctuation never ends one.
     */
    static List<String> wrap(String text, CoverFont font, float size, double width) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.strip().replaceAll("\\s+", " ").codePoints().forEach(cp -> {
            if (cp < 0x2E80 && Character.isLetterOrDigit(cp)) {
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
            if (line.length() > 0 && !hangs && font.width(line + t, size) > width) {
                String carry = "";
                if (line.length() > 1 && NO_LINE_END.indexOf(line.charAt(line.length() - 1)) >= 0) {
                    carry = line.substring(line.length() - 1);
                    line.setLength(line.length() - 1);
                }
                lines.add(line.toString().strip());
                line.setLength(0);
                line.append(carry);
                if (t.equals(" ")) continue;
            }
            line.append(t);
        }
        if (!line.toString().isBlank()) lines.add(line.toString().strip());
        return lines;
    }
}
