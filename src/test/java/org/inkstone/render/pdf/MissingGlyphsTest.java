package org.inkstone.render.pdf;

import org.apache.fontbox.ttf.CmapLookup;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.font.GlyphCoverage;
import org.inkstone.font.LoadedFace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MissingGlyphsTest {
    /** A face with Latin letters, digits, spaces, a few Han characters, 〓 and 😀; nothing else. */
    private static GlyphCoverage coverage() {
        CmapLookup cmap = new CmapLookup() {
            @Override
            public int getGlyphId(int cp) {
                boolean has = cp == ' ' || (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || "汉字排版。".indexOf(cp) >= 0
                        || cp == MissingGlyphs.STAND_IN || cp == 0x1F600;
                return has ? 1 : 0;
            }

            @Override
            public List<Integer> getCharCodes(int gid) {
                return null;
            }
        };
        return new GlyphCoverage(List.of(new LoadedFace(null, null, cmap)));
    }

    @Test
    void missingCharactersBecomeTheGetaMarkOutsideFormulasAndAreListedOnce() {
        Element body = Jsoup.parse("<p>汉字ஷ排版 a ஷ b</p><p>ok 1 2</p><div><span>x<b>Ω</b></span></div>"
                + "<p><span class=\"math\"><svg><title>Ω ஷ</title><text>∫</text></svg></span>汉字</p>"
                + "<p>z\u200Dz 😀\uD83C\uDFFD 😀</p>").body();
        Diagnostics d = new Diagnostics("t.md");
        MissingGlyphs.apply(body, coverage(), d);
        List<Element> p = body.select("p, div");
        assertEquals("汉字〓排版 a 〓 b", p.get(0).text());
        assertEquals("ok 1 2", p.get(1).text());
        assertEquals("x〓", p.get(2).text());
        assertEquals("Ω ஷ", body.selectFirst("svg title").text(), "a formula's label is left as it is");
        assertEquals("∫", body.selectFirst("svg text").text());
        assertEquals("zz 😀 😀", p.get(4).text(), "an invisible joiner and a skin tone no face has are dropped");
        List<Diagnostic> warnings = d.all();
        assertEquals(1, warnings.size());
        String message = warnings.get(0).message();
        assertTrue(message.startsWith("no font of the theme has these characters: Ω (U+03A9), ஷ (U+0BB7), 🏽 (U+1F3FD);"), message);
        assertTrue(!message.contains("U+200D") && !message.contains("U+222B"), "invisible ones and formulas' are not listed: " + message);
    }

    @Test
    void aFullyCoveredPageIsLeftAlone() {
        Element body = Jsoup.parse("<p>汉字 abc 123</p><pre><code>x 9</code></pre>").body();
        String before = body.html();
        Diagnostics d = new Diagnostics("t.md");
        MissingGlyphs.apply(body, coverage(), d);
        assertEquals(before, body.html());
        assertEquals(0, d.all().size());
    }
}
