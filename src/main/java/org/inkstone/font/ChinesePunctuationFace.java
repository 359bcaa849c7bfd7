package org.inkstone.font;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.GlyphDescription;
import org.apache.fontbox.ttf.TrueTypeFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A small TrueType face for Chinese text that a theme face sets the Latin way, derived from that face
 * (same outlines, same vertical metrics, so its text lines up with the text around it). It holds:
 * <ul>
 *   <li>the curly quotes {@code ‘ ’ “ ”} (U+2018, U+2019, U+201C, U+201D) as Chinese books set them: each
 *   one em wide, an opening quote's mark on the right of its square and a closing quote's on the left,
 *   the way {@code （ ）} sit. LXGW WenKai's quotes are narrow Latin ones (0.35 em); a face whose quotes
 *   are already (nearly) full width keeps them as they are;</li>
 *   <li>a space (U+0020) a quarter em wide, for the gap between Han and Latin text (盘古之白), where the
 *   source's space is wider (LXGW WenKai's is 0.35 em);</li>
 *   <li>the {@code halved} full-width marks (quotes among them too) half an em wide, their blank half cut
 *   off (the left one of an opening mark, the right one of any other): punctuation compression, where
 *   two marks meet ({@code 。”}).</li>
 * </ul>
 * Its character map holds those characters only, so text copied from a PDF that uses it reads the
 * source's characters.
 */
public final class ChinesePunctuationFace {
    /** The CSS family the derived faces go by (followed by a number for each set of halved marks but the empty one). */
    public static final String FAMILY = "Inkstone CJK Punctuation";
    /** The quotes. */
    static final int[] QUOTES = {0x2018, 0x2019, 0x201C, 0x201D};
    /** The space's width, in em. */
    public static final float SPACE_EM = 0.25f;
    private static final String OPENING_MARKS = "‘“（《〈「『【〔〖［｛";

    private ChinesePunctuationFace() {}

    /** Whether {@code c} is an opening mark, whose ink sits on the right of its square. */
    static boolean opens(int c) {
        return OPENING_MARKS.indexOf(c) >= 0;
    }

    /**
     * The derived face's file.
     *
     * @param halved the full-width marks this face sets half an em wide (each a BMP character; "" for none)
     * @throws FontException when the source has no glyph for one of the quotes or halved marks
     */
    public static byte[] derive(TrueTypeFont source, String styleName, String halved) throws IOException {
        int em = source.getUnitsPerEm();
        var cmap = source.getUnicodeCmapLookup(false);
        java.util.TreeSet<Integer> codes = new java.util.TreeSet<>();
        for (int q : QUOTES) codes.add(q);
        halved.chars().forEach(codes::add);
        codes.add(0x20);
        int glyphs = codes.size() + 1;
        int[] codeOf = new int[glyphs];
        int[] advances = new int[glyphs];
        short[][] boxes = new short[glyphs][];
        byte[][] outlines = new byte[glyphs][];
        advances[0] = em / 2;
        outlines[0] = new byte[0];
        boxes[0] = new short[4];
        int g = 0;
        for (int code : codes) {
            codeOf[++g] = code;
            boxes[g] = new short[4];
            if (code == 0x20) {
                advances[g] = Math.round(em * SPACE_EM);
                outlines[g] = new byte[0];
                continue;
            }
            int gid = cmap.getGlyphId(code);
            if (gid <= 0) throw new FontException("the font has no glyph for U+" + Integer.toHexString(code).toUpperCase());
            int advance = source.getAdvanceWidth(gid);
            boolean narrow = advance < em * 9 / 10;
            int dx = narrow && opens(code) ? em - advance : 0;
            int width = narrow ? em : advance;
            if (halved.indexOf(code) >= 0) {
                if (opens(code)) dx -= width - width / 2;
                width /= 2;
            }
            advances[g] = width;
            GlyphData data = source.getGlyph().getGlyph(gid);
            GlyphDescription outline = data == null ? null : data.getDescription();
            outlines[g] = outline == null || outline.getContourCount() <= 0 ? new byte[0] : simpleGlyph(outline, dx, boxes[g]);
        }

        ByteArrayOutputStream glyf = new ByteArrayOutputStream();
        ByteBuffer loca = ByteBuffer.allocate(4 * (glyphs + 1));
        ByteBuffer hmtx = ByteBuffer.allocate(4 * glyphs);
        short xMin = Short.MAX_VALUE, yMin = Short.MAX_VALUE, xMax = Short.MIN_VALUE, yMax = Short.MIN_VALUE;
        int maxPoints = 0, maxContours = 0, maxAdvance = 0;
        short minLsb = Short.MAX_VALUE, minRsb = Short.MAX_VALUE, maxExtent = Short.MIN_VALUE;
        for (g = 0; g < glyphs; g++) {
            loca.putInt(glyf.size());
            glyf.writeBytes(outlines[g]);
            glyf.write(new byte[(4 - outlines[g].length % 4) % 4], 0, (4 - outlines[g].length % 4) % 4);
            short[] b = boxes[g];
            hmtx.putShort((short) advances[g]).putShort(b[0]);
            maxAdvance = Math.max(maxAdvance, advances[g]);
            if (outlines[g].length == 0) continue;
            ByteBuffer o = ByteBuffer.wrap(outlines[g]);
            maxContours = Math.max(maxContours, o.getShort(0));
            maxPoints = Math.max(maxPoints, o.getShort(10 + 2 * (o.getShort(0) - 1)) + 1);
            xMin = (short) Math.min(xMin, b[0]);
            yMin = (short) Math.min(yMin, b[1]);
            xMax = (short) Math.max(xMax, b[2]);
            yMax = (short) Math.max(yMax, b[3]);
            minLsb = (short) Math.min(minLsb, b[0]);
            minRsb = (short) Math.min(minRsb, advances[g] - b[2]);
            maxExtent = (short) Math.max(maxExtent, b[2]);
        }
        loca.putInt(glyf.size());

        byte[] head = source.getTableBytes(source.getHeader());
        ByteBuffer.wrap(head).putShort(36, xMin).putShort(38, yMin).putShort(40, xMax).putShort(42, yMax)
                .putShort(50, (short) 1).putShort(52, (short) 0);
        byte[] hhea = source.getTableBytes(source.getHorizontalHeader());
        ByteBuffer.wrap(hhea).putShort(10, (short) maxAdvance).putShort(12, minLsb).putShort(14, minRsb)
                .putShort(16, maxExtent).putShort(34, (short) glyphs);
        ByteBuffer maxp = ByteBuffer.allocate(32).putInt(0x00010000).putShort((short) glyphs)
                .putShort((short) maxPoints).putShort((short) maxContours).putShort((short) 0).putShort((short) 0)
                .putShort((short) 2);
        return new SfntWriter()
                .table("OS/2", source.getTableBytes(source.getOS2Windows()))
                .table("cmap", cmap(codeOf))
                .table("glyf", glyf.toByteArray())
                .table("head", head)
                .table("hhea", hhea)
                .table("hmtx", hmtx.array())
                .table("loca", loca.array())
                .table("maxp", maxp.array())
                .table("name", names(styleName, halved))
                .table("post", post(source))
                .bytes();
    }

    /**
     * A simple glyph of the outline's points moved {@code dx} to the right, every coordinate written
     * as a 16-bit delta, no hinting instructions; {@code box} receives xMin, yMin, xMax, yMax.
     * A composite outline arrives here with its components' points already resolved.
     */
    private static byte[] simpleGlyph(GlyphDescription outline, int dx, short[] box) {
        int contours = outline.getContourCount();
        int points = outline.getPointCount();
        int[] x = new int[points];
        int[] y = new int[points];
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (int p = 0; p < points; p++) {
            x[p] = outline.getXCoordinate(p) + dx;
            y[p] = outline.getYCoordinate(p);
            x0 = Math.min(x0, x[p]);
            y0 = Math.min(y0, y[p]);
            x1 = Math.max(x1, x[p]);
            y1 = Math.max(y1, y[p]);
        }
        box[0] = (short) x0;
        box[1] = (short) y0;
        box[2] = (short) x1;
        box[3] = (short) y1;
        ByteBuffer out = ByteBuffer.allocate(10 + 2 * contours + 2 + points + 4 * points);
        out.putShort((short) contours).putShort(box[0]).putShort(box[1]).putShort(box[2]).putShort(box[3]);
        for (int c = 0; c < contours; c++) out.putShort((short) outline.getEndPtOfContours(c));
        out.putShort((short) 0);
        for (int p = 0; p < points; p++) out.put((byte) (outline.getFlags(p) & 0x01)); // on-curve bit; x and y as 16-bit deltas
        for (int p = 0; p < points; p++) out.putShort((short) (x[p] - (p == 0 ? 0 : x[p - 1])));
        for (int p = 0; p < points; p++) out.putShort((short) (y[p] - (p == 0 ? 0 : y[p - 1])));
        return out.array();
    }

    /** A Windows Unicode (3, 1) format 4 map: one segment for each character (glyph {@code g} draws {@code codeOf[g]}), then the closing 0xFFFF segment. */
    private static byte[] cmap(int[] codeOf) {
        int segments = codeOf.length;
        int power = Integer.highestOneBit(segments);
        ByteBuffer table = ByteBuffer.allocate(12 + 16 + 8 * segments);
        table.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        table.putShort((short) 4).putShort((short) (16 + 8 * segments)).putShort((short) 0)
                .putShort((short) (2 * segments)).putShort((short) (2 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (2 * segments - 2 * power));
        for (int g = 1; g < codeOf.length; g++) table.putShort((short) codeOf[g]);
        table.putShort((short) 0xFFFF).putShort((short) 0);
        for (int g = 1; g < codeOf.length; g++) table.putShort((short) codeOf[g]);
        table.putShort((short) 0xFFFF);
        for (int g = 1; g < codeOf.length; g++) table.putShort((short) (g - codeOf[g]));
        table.putShort((short) 1);
        for (int i = 0; i < segments; i++) table.putShort((short) 0);
        return table.array();
    }

    /** Family, style, unique, full and PostScript names (Windows, US English). */
    private static byte[] names(String style, String halved) {
        String plainStyle = style.isBlank() ? "Regular" : style;
        StringBuilder codes = new StringBuilder();
        halved.chars().forEach(c -> codes.append(Integer.toHexString(c).toUpperCase()));
        String family = FAMILY + (codes.isEmpty() ? "" : " " + codes);
        String[] values = {family, plainStyle, family + " " + plainStyle, family + " " + plainStyle,
                family.replace(" ", "") + "-" + plainStyle.replace(" ", "")};
        int[] ids = {1, 2, 3, 4, 6};
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        ByteBuffer records = ByteBuffer.allocate(6 + 12 * ids.length);
        records.putShort((short) 0).putShort((short) ids.length).putShort((short) (6 + 12 * ids.length));
        for (int i = 0; i < ids.length; i++) {
            byte[] text = values[i].getBytes(StandardCharsets.UTF_16BE);
            records.putShort((short) 3).putShort((short) 1).putShort((short) 0x409).putShort((short) ids[i])
                    .putShort((short) text.length).putShort((short) strings.size());
            strings.writeBytes(text);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(records.array());
        out.writeBytes(strings.toByteArray());
        return out.toByteArray();
    }

    /** A version 3 {@code post} table (no glyph names) with the source's italic angle and underline. */
    private static byte[] post(TrueTypeFont source) throws IOException {
        byte[] original = source.getTableBytes(source.getPostScript());
        ByteBuffer post = ByteBuffer.allocate(32).putInt(0x00030000);
        post.put(original, 4, 12);
        return post.array();
    }
}
