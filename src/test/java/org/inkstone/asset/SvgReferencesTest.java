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
        assertTrue(message.startsWith("image 'a.svg' cannot be drawn (a reference to '#a' leads back into that element,"
                + " so drawing it never ends); fix or replace it"), message);
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

    /** A pattern filled with itself ended the whole build with a StackOverflowError in the PDF. */
    @Test
    void aPatternOrMaskThatRefersToItselfIsRefused() {
        refused("<defs><pattern id=\"p\" width=\"5\" height=\"5\"><rect width=\"5\" height=\"5\" fill=\"url(#p)\"/>"
                + "</pattern></defs><rect width=\"10\" height=\"10\" fill=\"url(#p)\"/>");
        refused("<defs><mask id=\"m\"><rect width=\"5\" height=\"5\" style=\"fill: white; mask: url( '#n' )\"/></mask>"
                + "<mask id=\"n\"><g mask=\"url(#m)\"/></mask></defs><rect width=\"1\" height=\"1\" mask=\"url(#m)\"/>");
    }

    @Test
    void aChainOfUseThousandsDeepIsRefusedWithoutExhaustingTheStack() {
        StringBuilder body = new StringBuilder("<defs><rect id=\"u0\" width=\"1\" height=\"1\"/>");
        for (int i = 1; i <= 5000; i++) body.append("<use id=\"u").append(i).append("\" href=\"#u").append(i - 1).append("\"/>");
        body.append("</defs><use href=\"#u5000\"/>");
        refused(body.toString());
    }

    @Test
    void gradientsPatternsAndClipPathsUsedOrdinarilyPass() {
        assertDoesNotThrow(() -> check("<defs><linearGradient id=\"base\"><stop offset=\"0\"/></linearGradient>"
                + "<linearGradient id=\"g\" xlink:href=\"#base\"/><clipPath id=\"c\"><circle r=\"4\"/></clipPath>"
                + "<pattern id=\"p\" width=\"4\" height=\"4\"><rect width=\"2\" height=\"2\" fill=\"url(#g)\"/></pattern></defs>"
                + "<g id=\"all\" clip-path=\"url(#c)\"><rect width=\"9\" height=\"9\" style=\"fill:url('#p')\"/>"
                + "<rect width=\"9\" height=\"9\" fill=\"url(#g)\" stroke=\"url(#missing)\"/></g>"));
    }
}
