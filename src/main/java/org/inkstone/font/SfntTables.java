package org.inkstone.font;

import java.io.IOException;
import org.apache.pdfbox.io.RandomAccessRead;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Table-level surgery on TrueType files. {@link #forParsing} hands fontbox a face without the tables
 * nothing reads (LXGW WenKai's 231 KB of glyph names, three of its four character maps, its vertical
 * metrics), which makes parsing it several times faster; {@link #with} adds a table to a finished subset
 * (the short, name-less {@code post} table web fonts need).
 */
final class SfntTables {
    private SfntTables() {}

    /** The tables of a TrueType file, by tag. */
    static Map<String, byte[]> read(byte[] font) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(font);
        if (font.length < 12) throw new IOException("not a TrueType font (too short)");
        int count = b.getShort(4) & 0xffff;
        if (12 + 16 * count > font.length) throw new IOException("not a TrueType font (bad table directory)");
        Map<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
            long offset = b.getInt(at + 8) & 0xffffffffL;
            long length = b.getInt(at + 12) & 0xffffffffL;
            if (offset + length > font.length) throw new IOException("not a TrueType font (table " + tag + " out of bounds)");
            byte[] t = new byte[(int) length];
            System.arraycopy(font, (int) offset, t, 0, (int) length);
            tables.put(tag, t);
        }
        return tables;
    }

    /** Platform and encoding of the Unicode character maps, in the order fontbox picks one ({@code TrueTypeFont.getUnicodeCmapLookup}). */
    private static final int[][] UNICODE_CMAPS = {{0, 4}, {3, 10}, {0, 3}, {3, 1}, {3, 0}, {0, 1}};

    /**
     * The font as Inkstone parses it, for every use (PDF embedding, EPUB subsets, coverage, derived
     * faces): every table except the vertical metrics ({@code vmtx}, {@code vhea}: nothing draws
     * vertical text), {@code post} reduced to its 32-byte header (LXGW WenKai's 29,000 glyph names are
     * a third of its parsing time and nothing reads them: PDF subsets are CID-keyed, EPUB subsets get a
     * version 3 {@code post}) and {@code cmap} reduced to the one Unicode map fontbox would pick (parsing
     * all four of LXGW's maps builds four 28,000-entry tables). Tables in tag order, no checksums
     * (fontbox never checks them). The tables are read from {@code font} where they lie ({@link FaceBytes}). A font whose
     * directory cannot be read is handed on as it is (the parser reports it).
     */
    static RandomAccessRead forParsing(ByteBuffer font) {
        return forParsing(font, false).bytes();
    }

    /**
     * The trimmed face of {@link #forParsing(ByteBuffer)}, the file's bytes and layout the same; with
     * {@code outlinesAside}, the directory gives the {@code glyf} table a length of 0, so that fontbox's parse
     * does not copy the outlines (LXGW WenKai: 15 MB a face, copied twice) and the caller attaches them where they
     * lie ({@link InPlaceParser}). {@link TrimmedFace#outlines} is the table's true length (0 when set aside
     * nothing).
     */
    static TrimmedFace forParsing(ByteBuffer font, boolean outlinesAside) {
        ByteBuffer b = font.duplicate().order(ByteOrder.BIG_ENDIAN);
        int size = b.limit();
        if (size < 12) return whole(b);
        int count = b.getShort(4) & 0xffff;
        if (12 + 16 * count > size) return whole(b);
        Map<String, ByteBuffer> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + 16 * i;
            byte[] tagBytes = new byte[4];
            b.get(at, tagBytes);
            String tag = new String(tagBytes, StandardCharsets.ISO_8859_1);
            long offset = b.getInt(at + 8) & 0xffffffffL;
            long length = b.getInt(at + 12) & 0xffffffffL;
            if (offset + length > size) return whole(b);
            if (tag.equals("vmtx") || tag.equals("vhea")) continue;
            ByteBuffer table = b.slice((int) offset, (int) length);
            if (tag.equals("post") && length >= 32) {
                byte[] header = new byte[32];
                table.get(0, header);
                table = ByteBuffer.wrap(postHeader(header));
            } else if (tag.equals("cmap")) {
                byte[] one = oneUnicodeCmap(table);
                if (one != null) table = ByteBuffer.wrap(one);
            }
            tables.put(tag, table);
        }
        int n = tables.size();
        ByteBuffer directory = ByteBuffer.allocate(12 + 16 * n);
        int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, n));
        int searchRange = (1 << log2) * 16;
        directory.putInt(0x00010000).putShort((short) n).putShort((short) searchRange).putShort((short) log2)
                .putShort((short) (n * 16 - searchRange));
        List<ByteBuffer> parts = new ArrayList<>();
        parts.add(ByteBuffer.wrap(directory.array()));
        int offset = 12 + 16 * n;
        int outlines = 0;
        for (Map.Entry<String, ByteBuffer> e : tables.entrySet()) {
            int length = e.getValue().limit();
            boolean aside = outlinesAside && e.getKey().equals("glyf");
            if (aside) outlines = length;
            directory.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(0).putInt(offset).putInt(aside ? 0 : length);
            if (length > 0) parts.add(e.getValue());
            int pad = ((length + 3) & ~3) - length;
            if (pad > 0) parts.add(ByteBuffer.wrap(new byte[pad]));
            offset += length + pad;
        }
        return new TrimmedFace(new FaceBytes(parts), outlines);
    }

    /** A face's bytes for fontbox's parser, and the length of the outlines ({@code glyf}) its directory leaves out (or 0). */
    record TrimmedFace(RandomAccessRead bytes, long outlines) {}

    private static TrimmedFace whole(ByteBuffer font) {
        return new TrimmedFace(new FaceBytes(List.of(font)), 0);
    }

    /**
     * A {@code cmap} table holding only the Unicode subtable fontbox would use, under its own platform
     * and encoding; null (keep the table) when there is none or the table cannot be read.
     */
    private static byte[] oneUnicodeCmap(ByteBuffer b) {
        int length = b.limit();
        if (length < 4) return null;
        int count = b.getShort(2) & 0xffff;
        if (4 + 8 * count > length) return null;
        for (int[] wanted : UNICODE_CMAPS) {
            for (int i = 0; i < count; i++) {
                int platform = b.getShort(4 + 8 * i) & 0xffff;
                int encoding = b.getShort(6 + 8 * i) & 0xffff;
                if (platform != wanted[0] || encoding != wanted[1]) continue;
                long at = b.getInt(8 + 8 * i) & 0xffffffffL;
                if (at + 8 > length) return null;
                // up to the next subtable or the table's end: a format 4 map's own 16-bit length can be wrong
                long end = length;
                for (int k = 0; k < count; k++) {
                    long other = b.getInt(8 + 8 * k) & 0xffffffffL;
                    if (other > at && other < end) end = other;
                }
                long size = end - at;
                ByteBuffer one = ByteBuffer.allocate(12 + (int) size);
                one.putShort((short) 0).putShort((short) 1).putShort((short) platform).putShort((short) encoding).putInt(12);
                one.put(b.slice((int) at, (int) size));
                return one.array();
            }
        }
        return null;
    }

    /** {@code post} version 3.0: the metrics of the original header, no glyph names. */
    static byte[] postHeader(byte[] post) {
        byte[] p = new byte[32];
        System.arraycopy(post, 0, p, 0, 32);
        p[0] = 0;
        p[1] = 3;
        p[2] = 0;
        p[3] = 0;
        return p;
    }

    /** The font with {@code table} added (or replaced) under {@code tag}. */
    static byte[] with(byte[] font, String tag, byte[] table) throws IOException {
        Map<String, byte[]> tables = read(font);
        tables.put(tag, table);
        return write(tables, true);
    }

    /**
     * A TrueType file of these tables in tag order; with {@code checksums}, the table checksums and
     * head.checkSumAdjustment are computed (a font that only fontbox reads can do without: it never checks them).
     */
    static byte[] write(Map<String, byte[]> tables, boolean checksums) {
        int count = tables.size();
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) size += (t.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(size);
        int log2 = 31 - Integer.numberOfLeadingZeros(Math.max(1, count));
        int searchRange = (1 << log2) * 16;
        out.putInt(0x00010000).putShort((short) count).putShort((short) searchRange).putShort((short) log2)
                .putShort((short) (count * 16 - searchRange));
        byte[] head = tables.get("head");
        if (head != null && head.length >= 12) {
            head = head.clone();
            head[8] = head[9] = head[10] = head[11] = 0;
            tables.put("head", head);
        }
        int offset = 12 + 16 * count;
        int headOffset = -1;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksums ? (int) SfntWriter.checksum(t) : 0)
                    .putInt(offset).putInt(t.length);
            if (e.getKey().equals("head")) headOffset = offset;
            offset += (t.length + 3) & ~3;
        }
        for (byte[] t : tables.values()) {
            out.put(t);
            for (int pad = t.length; (pad & 3) != 0; pad++) out.put((byte) 0);
        }
        byte[] bytes = out.array();
        if (checksums && headOffset >= 0) {
            long adjust = (0xB1B0AFBAL - SfntWriter.checksum(bytes)) & 0xffffffffL;
            ByteBuffer.wrap(bytes).putInt(headOffset + 8, (int) adjust);
        }
        return bytes;
    }
}
