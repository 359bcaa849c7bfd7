package org.inkstone.asset;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SVG images whose {@code <use>} references never end (Batik, drawing one into the PDF, recursed
 * for minutes with the build's deep stack) or multiply into millions of copies are unusable, so
 * the outputs show a placeholder; ordinary reuse of symbols passes.
 */
class SvgReferencesTest {
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
            + " width=\"100\" height=\"100\">";

    private static void check(String body) throws UnusableImageException {
        SvgFile.check((OPEN + body + "</svg>").getBytes(StandardCharsets.UTF_8));
    }

    private static String refused(String body) {
        UnusableImageException e = assertThrows(UnusableImageException.class, () -> check(body));
        return e.describe("image 'a.svg'");
    }

    @Test
    void aUseInsideTheElementItRefersToIsRefused() {
        String message = refused("<g id=\"a\"><use xlink:href=\"#a\"/></g>");
        assertTrue(message.startsWith("image 'a.svg' cannot be drawn (a <use> refers to '#a', an element that contains it"),
                message);
    }

    @Test
    void aCycleThroughSeveralElementsIsRefused() {
        refused("<defs><g id=\"a\"><use href=\"#b\"/></g><g id=\"b\"><rect width=\"1\" height=\"1\"/><use href=\"#c\"/></g>"
                + "<g id=\"c\"><use xlink:href=\" #a \"/></g></defs><use href=\"#a\"/>");
    }

    @Test
    void referencesThatMultiplyIntoMillionsOfCopiesAreRefused() {
        StringBuilder body = new StringBuilder("<defs><rect id=\"l0\" width=\"1\" height=\"1\"/>");
        for (int level = 1; level <= 7; level++) {
            body.append("<g id=\"l").append(level).append("\">");
            for (int i = 0; i < 10; i++) body.append("<use href=\"#l").append(level - 1).append("\"/>");
            body.append("</g>");
        }
        body.append("</defs><use href=\"#l7\"/>");
        String message = refused(body.toString());
        assertTrue(message.contains("expand to more than 100000 copies"), message);
    }

    @Test
    void symbolsUsedManyTimesAndMissingTargetsPass() {
        StringBuilder body = new StringBuilder("<defs><symbol id=\"dot\"><circle r=\"1\"/></symbol>"
                + "<g id=\"row\">");
        for (int i = 0; i < 50; i++) body.append("<use href=\"#dot\" x=\"").append(i).append("\"/>");
        body.append("</g></defs>");
        for (int i = 0; i < 50; i++) body.append("<use xlink:href=\"#row\" y=\"").append(i).append("\"/>");
        body.append("<use href=\"#nowhere\"/><use href=\"other.svg#x\"/>");
        assertDoesNotThrow(() -> check(body.toString()));
    }
}
