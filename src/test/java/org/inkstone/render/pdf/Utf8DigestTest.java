package org.inkstone.render.pdf;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class Utf8DigestTest {
    private static byte[] whole(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pairsCutByThePiecesAndLoneSurrogatesHashAsTheWholeText() throws Exception {
        Random random = new Random(13);
        StringBuilder sb = new StringBuilder();
        String[] pieces = {"a", "汉字", "😀", "\uD83D", "\uDE00", "𠮷x", "&#xa0;", "\n"};
        for (int i = 0; i < 40_000; i++) sb.append(pieces[random.nextInt(pieces.length)]);
        String text = sb.toString();
        Utf8Digest digest = new Utf8Digest();
        for (int at = 0; at < text.length(); ) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(9000));
            if (random.nextBoolean()) digest.append(text, at, end);
            else if (end - at == 1) digest.append(text.charAt(at));
            else digest.append(text.substring(at, end));
            at = end;
        }
        assertArrayEquals(whole(text), digest.sha256());
    }

    @Test
    void aHighSurrogateLastOfAllIsEncodedAtTheEnd() throws Exception {
        String text = "x".repeat(8191) + "\uD83D";
        assertArrayEquals(whole(text), new Utf8Digest().append(text).sha256());
        assertArrayEquals(whole(""), new Utf8Digest().sha256());
    }
}
