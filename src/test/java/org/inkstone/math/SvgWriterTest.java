package org.inkstone.math;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SvgWriterTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "12, 12", "1.5, 1.5", "1.25, 1.25", "-2.5, -2.5", "0.004, 0", "-0.004, 0", "0.005, 0.01",
            "3.14159, 3.14", "-0.1, -0.1", "100.999, 101", "1e-9, 0"})
    void numbersHaveAtMostTwoDecimalsAndNoLocale(double value, String expected) {
        assertEquals(expected, SvgNumbers.format(value));
    }

    @Test
    void pathDataIsRelativeOnAHundredthGridWithoutDrift() {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(1.004, 2);
        p.lineTo(1.334, 2);
        p.lineTo(1.664, 2);    // three steps of 0.33: rounded positions 1, 1.33, 1.66 — no drift
        p.lineTo(1.6641, 2);   // the same grid point: dropped
        p.quadTo(2, 3, 4, 2);
        p.curveTo(5, 5, 6, -1, 7, 2);
        p.closePath();
        p.moveTo(10, 10);
        p.lineTo(9, 9);
        p.closePath();
        StringBuilder out = new StringBuilder();
        SvgWriter.appendPathData(out, p.getPathIterator(null));
        assertEquals("m1 2 0.33 0 0.33 0q0.34 1 2.34 0c1 3 2-3 3 0zm9 8-1-1z", out.toString());
        Path2D.Double back = SvgSyntax.path(out.toString());
        assertEquals(p.getBounds2D().getMaxX(), back.getBounds2D().getMaxX(), 0.01);
    }

    @Test
    void textIsEscapedForXml() {
        assertEquals("a &lt; b &amp;&amp; \\text{&quot;x&quot;} &gt; c", SvgWriter.escape("a < b && \\text{\"x\"} > c"));
        assertEquals("a b c", SvgWriter.escape("  a\n\t b\r\nc \n"), "whitespace runs become one space");
        assertEquals("ab𝑥", SvgWriter.escape("a\u0000\u0007b\uFFFE𝑥"), "characters XML forbids are dropped, pairs kept");
        assertEquals("a", SvgWriter.escape("a\uD835"), "a lone surrogate is dropped");
    }

    @Test
    void theDocumentHasTheLabelTheViewBoxAndTheInk() {
        Path2D.Double square = new Path2D.Double();
        square.moveTo(0, 0);
        square.lineTo(4, 0);
        square.lineTo(4, 4);
        square.closePath();
        List<FilledOutlines.Ink> inks = List.of(new FilledOutlines.Ink(square, null, false, null),
                new FilledOutlines.Ink(square, "red", true, "0.5"));
        String svg = SvgWriter.write(inks, AffineTransform.getTranslateInstance(1, 1), 6, 5, "x<y");
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"6\" height=\"5\" viewBox=\"0 0 6 5\" role=\"img\""
                + " aria-label=\"x&lt;y\" fill=\"currentColor\"><title>x&lt;y</title>"
                + "<path d=\"m1 1 4 0 0 4z\"/><path d=\"m1 1 4 0 0 4z\" fill=\"red\" fill-rule=\"evenodd\" fill-opacity=\"0.5\"/></svg>", svg);
    }
}
