package org.inkstone.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Table-level surgery on TrueType files. {@link #keep} drops the tables the subsetter has no use for
 * before fontbox parses the font (LXGW WenKai's 237 KB of glyph names, its layout and vertical
 * metrics tables), which makes parsing several times faster; {@link #with} adds a table to a
 * finished subset (the short, name-less {@code post} table web fonts need).
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

    /** The font with only the tables in {@code tags}, and {@code post} reduced to its 32-byte header (version 3: no glyph names). */
    static byte[] keep(byte[] font, Set<String> tags) throws IOException {
        Map<String, byte[]> tables = read(font);
        tables.keySet().retainAll(tags);
        byte[] post = tables.get("post");
        if (post != null && post.length >= 32) tables.put("post", postHeader(post));
        return write(tables, false);
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
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt(checksums ? (int) checksum(t, 0, t.length) : 0)
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
            long adjust = (0xB1B0AFBAL - checksum(bytes, 0, bytes.length)) & 0xffffffffL;
            ByteBuffer.wrap(bytes).putInt(headOffset + 8, (int) adjust);
        }
        return bytes;
    }

    private static long checksum(byte[] b, int from, int length) {
        long sum = 0;
        for (int i = from; i < from + length; i += 4) {
            long word = 0;
            for (int k = 0; k < 4; k++) word = (word << 8) | (i + k < from + length ? b[i + k] & 0xff : 0);
            sum = (sum + word) & 0xffffffffL;
        }
        return sum;
    }
}
