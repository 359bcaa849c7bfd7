package org.inkstone.render.pdf;

import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class DocumentInfoTest {
    private static final Instant WHEN = Instant.parse("2025-12-01T00:00:00Z");

    /** A book-sized page: far longer than one piece of the streamed digest, with characters outside the BMP. */
    private static org.jsoup.nodes.Document page(String extra) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 3000; i++) body.append("<p>第").append(i).append("段 𠮷 & 😀 text</p>");
        return Jsoup.parse("<html><head><title>t</title></head><body>" + body + extra + "</body></html>");
    }

    @Test
    void theFileIdIsTheDigestOfTheSerialisedPageItsOptionsAndTheInstant() throws Exception {
        org.jsoup.nodes.Document page = page("");
        byte[] id = new DocumentInfo(WHEN, "zh-CN", page, "A4falsefalse").fileId();
        // what the identifier always was: the page as one XHTML string, then the options and the instant
        String fingerprint = XhtmlWriter.serialize(page) + "\n" + "A4falsefalse" + "\n" + WHEN.toEpochMilli();
        byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8)), 16);
        assertArrayEquals(expected, id);
    }

    @Test
    void anotherPageOrOptionGivesAnotherId() {
        byte[] id = new DocumentInfo(WHEN, "zh-CN", page(""), "A4falsefalse").fileId();
        assertFalse(Arrays.equals(id, new DocumentInfo(WHEN, "zh-CN", page("<p>x</p>"), "A4falsefalse").fileId()));
        assertFalse(Arrays.equals(id, new DocumentInfo(WHEN, "zh-CN", page(""), "A5falsefalse").fileId()));
        assertFalse(Arrays.equals(id, new DocumentInfo(WHEN.plusSeconds(1), "zh-CN", page(""), "A4falsefalse").fileId()));
    }
}
