package org.inkstone.font;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes an sfnt (TrueType) font file from its tables: the table directory sorted by tag, each table
 * padded to four bytes with its checksum, and the {@code head} table's {@code checkSumAdjustment}
 * set so that the whole file sums to {@code 0xB1B0AFBA}, as the OpenType specification asks.
 */
final class SfntWriter {
    private static final int HEAD_CHECKSUM_ADJUSTMENT = 8;

    private final Map<String, byte[]> tables = new TreeMap<>();

    /** Adds a table; {@code tag} is four ASCII characters ({@code "OS/2"}, {@code "cmap"} …). */
    SfntWriter table(String tag, byte[] data) {
        if (tag.length() != 4) throw new IllegalArgumentException("a table tag has four characters: '" + tag + "'");
        tables.put(tag, data.clone());
        return this;
    }

    /** The font file. The {@code head} table, which every font has, gets its checksum adjustment here. */
    byte[] bytes() {
        byte[] head = tables.get("head");
        if (head == null) throw new IllegalStateException("a TrueType font needs a head table");
        ByteBuffer.wrap(head).putInt(HEAD_CHECKSUM_ADJUSTMENT, 0);
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int searchRange = power * 16;
        ByteBuffer directory = ByteBuffer.allocate(12 + 16 * count);
        directory.putInt(0x00010000).putShort((short) count).putShort((short) searchRange)
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (count * 16 - searchRange));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int offset = directory.capacity();
        int headOffset = 0;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] data = e.getValue();
            if (e.getKey().equals("head")) headOffset = offset;
            directory.put(e.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .putInt((int) checksum(data)).putInt(offset).putInt(data.length);
            body.writeBytes(data);
            int padding = (4 - data.length % 4) % 4;
            body.write(new byte[padding], 0, padding);
            offset += data.length + padding;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(offset);
        file.writeBytes(directory.array());
        file.writeBytes(body.toByteArray());
        byte[] out = file.toByteArray();
        ByteBuffer.wrap(out).putInt(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (int) (0xB1B0AFBAL - checksum(out)));
        return out;
    }

    /** The sum of the data as big-endian 32-bit words (the last one padded with zeros), modulo 2^32. */
    static long checksum(byte[] data) {
        ByteBuffer words = ByteBuffer.wrap(data); // big-endian
        int whole = data.length & ~3;
        long sum = 0; // at most 2^29 words of 2^32: no overflow
        for (int i = 0; i < whole; i += 4) sum += words.getInt(i) & 0xFFFFFFFFL;
        long last = 0;
        for (int i = whole; i < data.length; i++) last |= (data[i] & 0xFFL) << (24 - 8 * (i - whole));
        return (sum + last) & 0xFFFFFFFFL;
    }
}
