package org.inkstone.font;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TrueType table checksum: big-endian 32-bit words summed modulo 2^32, a short last word padded with zeros. */
class SfntChecksumTest {
    /** The definition, word by word, byte by byte. */
    private static long byDefinition(byte[] data) {
        long sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) word = (word << 8) | (i + j < data.length ? data[i + j] & 0xFF : 0);
            sum = (sum + word) & 0xFFFFFFFFL;
        }
        return sum;
    }

    @Test
    void everyLengthSumsAsTheDefinitionSays() {
        Random random = new Random(11);
        for (int length = 0; length < 70; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertEquals(byDefinition(data), SfntWriter.checksum(data), "length " + length);
        }
        byte[] ones = new byte[1 << 20];
        java.util.Arrays.fill(ones, (byte) 0xFF); // wraps around 2^32 many times
        assertEquals(byDefinition(ones), SfntWriter.checksum(ones));
        assertEquals(0x01020304L, SfntWriter.checksum(new byte[] {1, 2, 3, 4}));
        assertEquals(0x05000000L + 0x01020304L, SfntWriter.checksum(new byte[] {1, 2, 3, 4, 5}));
    }
}
