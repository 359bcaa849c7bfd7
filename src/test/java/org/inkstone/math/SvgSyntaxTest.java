package org.inkstone.math;

import org.junit.jupiter.api.Test;

import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SvgSyntaxTest {

    @Test
    void transformListsAreMultipliedLeftToRight() {
        AffineTransform t = SvgSyntax.transform("matrix(16,0,0,16,0,0) translate(0.5,1) scale(0.01,0.01)");
        Point2D p = t.transform(new Point2D.Double(100, 100), null);
        assertEquals(24, p.getX(), 1e-9);
        assertEquals(32, p.getY(), 1e-9);
        Point2D r = SvgSyntax.transform("rotate(90) translate(1)").transform(new Point2D.Double(0, 0), null);
        assertEquals(0, r.getX(), 1e-9);
        assertEquals(1, r.getY(), 1e-9);
        assertEquals(new AffineTransform(), SvgSyntax.transform(""));
        assertEquals(AffineTransform.getScaleInstance(2, 2), SvgSyntax.transform("scale(2)"));
        assertEquals(AffineTransform.getTranslateInstance(1e-3, -2), SvgSyntax.transform(" translate( 1E-3 , -2 ) "));
    }

    @Test
    void unreadableTransformsAreRefused() {
        assertThrows(DrawingException.class, () -> SvgSyntax.transform("perspective(2)"));
        assertThrows(DrawingException.class, () -> SvgSyntax.transform("matrix(1,2)"));
        assertThrows(DrawingException.class, () -> SvgSyntax.transform("scale(1"));
    }

    @Test
    void pathDataInAbsoluteAndRelativeCommands() {
        String absolute = "M1 2 L3 4 H5 V6 Q7 8 9 10 C11 12 13 14 15 16 Z M20 20 L21 21 22 22 Z";
        String relative = "m1 2 l2 2 h2 v2 q2 2 4 4 c2 2 4 4 6 6 z m19 18 1 1 1 1z";
        assertEquals(segments(absolute), segments(relative));
        assertEquals("0:1,2 1:3,4 1:5,4 1:5,6 2:7,8,9,10 3:11,12,13,14,15,16 4: 0:20,20 1:21,21 1:22,22 4:", segments(absolute));
        assertThrows(DrawingException.class, () -> SvgSyntax.path("M0 0 A1 1 0 0 1 2 2"));
        assertThrows(DrawingException.class, () -> SvgSyntax.path("1 2"));
    }

    private static String segments(String d) {
        StringBuilder out = new StringBuilder();
        double[] c = new double[6];
        int[] coordinates = {2, 2, 4, 6, 0};
        for (PathIterator it = SvgSyntax.path(d).getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (out.length() > 0) out.append(' ');
            out.append(type).append(':');
            for (int i = 0; i < coordinates[type]; i++) out.append(i == 0 ? "" : ",").append((int) c[i]);
        }
        return out.toString();
    }
}
