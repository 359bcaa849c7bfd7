package org.inkstone.math;

import org.inkstone.TestDocs;
import org.inkstone.bench.MathBenchmark;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Inline;
import org.inkstone.model.MathBlock;
import org.inkstone.model.MathInline;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MathRendererTest {
    static final byte[] TEXT_FONT = read(Path.of("fonts/LXGWWenKai-Regular.ttf"));
    static final float SIZE = 16;
    private static final MathRenderer RENDERER = new MathRenderer(SIZE, 0, TEXT_FONT);

    /** Formulas beyond features.md that exercise the other drawing paths: colour, frames, matrices, Chinese. */
    static final List<String> MORE = List.of(
            "\\textcolor{red}{x} + \\fbox{y}",
            "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
            "\\text{面积} = \\pi r^2",
            "\\sqrt[3]{x^2 + y^2} \\le \\left( \\frac{a}{b} \\right)",
            "a < b \\& c > d");

    record Formula(String tex, boolean display, int line) {}

    /** The math of features.md, through the real Markdown reader. */
    static List<Formula> featureFormulas() {
        List<Formula> found = new ArrayList<>();
        new DocumentWalker() {
            @Override protected void visitBlock(Block b) {
                if (b instanceof MathBlock m) found.add(new Formula(m.tex(), true, m.line()));
            }
            @Override protected void visitInline(Inline i) {
                if (i instanceof MathInline m) found.add(new Formula(m.tex(), false, m.line()));
            }
        }.walk(TestDocs.parse(TestDocs.read(TestDocs.FEATURES)));
        return found;
    }

    @Test
    void featuresFormulasRenderWithSaneSizes() {
        List<Formula> formulas = featureFormulas();
        assertEquals(List.of("E = mc^2", "\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}", "\\int_0^1 x^2 \\, dx = \\frac{1}{3}",
                "\\mathbf{A}\\mathbf{x} = \\mathbf{b}"), formulas.stream().map(Formula::tex).toList());
        Diagnostics diagnostics = new Diagnostics("features.md");
        for (Formula f : formulas) {
            MathSvg svg = RENDERER.render(f.tex, f.display, f.line, diagnostics);
            assertNotNull(svg, f.tex);
            assertEquals(f.tex, svg.tex());
            assertTrue(svg.widthPx() > SIZE / 2 && svg.widthPx() < 20 * SIZE, f.tex + " width " + svg.widthPx());
            // Roughly text-sized: from a formula without ascenders (Ax = b, 0.8 em) to a fraction (1.5 em).
            MathSvg inline = f.display ? RENDERER.render(f.tex, false, f.line, diagnostics) : svg;
            assertTrue(inline.heightPx() >= 0.75 * SIZE && inline.heightPx() <= 3 * SIZE, f.tex + " inline height " + inline.heightPx());
            assertTrue(svg.heightPx() >= inline.heightPx() && svg.widthPx() >= inline.widthPx(), f.tex + ": display no smaller than inline");
            assertTrue(svg.depthPx() >= 0 && svg.depthPx() < svg.heightPx(), f.tex + " depth " + svg.depthPx());
        }
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void displayMathIsLargerThanInlineMath() {
        Diagnostics diagnostics = new Diagnostics("t.md");
        String integral = "\\int_0^1 x^2 \\, dx = \\frac{1}{3}";
        MathSvg inline = RENDERER.render(integral, false, 1, diagnostics);
        MathSvg display = RENDERER.render(integral, true, 1, diagnostics);
        assertTrue(display.heightPx() > 1.4 * inline.heightPx(), display.heightPx() + " vs " + inline.heightPx());
        assertTrue(display.heightPx() > 2 * SIZE);
    }

    @Test
    void thinSpaceIsKept() {
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg spaced = RENDERER.render("\\int_0^1 x^2 \\, dx", false, 1, diagnostics);
        MathSvg tight = RENDERER.render("\\int_0^1 x^2 dx", false, 1, diagnostics);
        assertNotNull(spaced);
        assertTrue(spaced.widthPx() > tight.widthPx(), spaced.widthPx() + " vs " + tight.widthPx());
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void inlineMathSitsOnTheBaseline() {
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg x = RENDERER.render("x", false, 1, diagnostics);
        MathSvg y = RENDERER.render("y", false, 1, diagnostics);
        MathSvg fraction = RENDERER.render("\\frac{1}{2}", false, 1, diagnostics);
        assertTrue(x.depthPx() <= 1, "x has no descender: " + x.depthPx());
        assertTrue(y.depthPx() >= 3, "y descends: " + y.depthPx());
        assertTrue(fraction.depthPx() >= 4, "a fraction's denominator hangs below: " + fraction.depthPx());
        assertEquals("-" + (int) y.depthPx() + "px", y.verticalAlign());
    }

    @Test
    void sizeFollowsTheFontSize() {
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg small = RENDERER.render("E = mc^2", false, 1, diagnostics);
        MathSvg large = new MathRenderer(2 * SIZE, 0, null).render("E = mc^2", false, 1, diagnostics);
        assertEquals(2.0, large.widthPx() / (double) small.widthPx(), 0.1);
        assertEquals(2.0, large.heightPx() / (double) small.heightPx(), 0.2);
    }

    @Test
    void svgIsSafeForEveryOutput() throws Exception {
        List<String> all = new ArrayList<>(featureFormulas().stream().map(Formula::tex).toList());
        all.addAll(MORE);
        Diagnostics diagnostics = new Diagnostics("t.md");
        for (String tex : all) {
            for (boolean display : new boolean[] {false, true}) {
                MathSvg svg = RENDERER.render(tex, display, 1, diagnostics);
                assertNotNull(svg, tex);
                checkSvg(svg);
            }
        }
        assertEquals(List.of(), diagnostics.all());
    }

    /** Every property the three outputs rely on, checked on the parsed XML. */
    static void checkSvg(MathSvg svg) throws Exception {
        String text = svg.svg();
        Element root = parse(text);
        String tex = svg.tex().strip().replaceAll("\\s+", " ");
        assertAll(svg.tex(),
                () -> assertEquals("svg", root.getLocalName()),
                () -> assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI()),
                () -> assertEquals(String.valueOf(svg.widthPx()), root.getAttribute("width")),
                () -> assertEquals(String.valueOf(svg.heightPx()), root.getAttribute("height")),
                () -> assertEquals("0 0 " + svg.widthPx() + " " + svg.heightPx(), root.getAttribute("viewBox")),
                () -> assertEquals("img", root.getAttribute("role")),
                () -> assertEquals(tex, root.getAttribute("aria-label")),
                () -> assertEquals("title", ((Element) root.getFirstChild()).getLocalName()),
                () -> assertEquals(tex, root.getFirstChild().getTextContent()),
                () -> assertEquals("currentColor", root.getAttribute("fill")),
                () -> assertFalse(text.contains("\n"), "one line"),
                () -> assertFalse(Pattern.compile("\\d\\.\\d{3}").matcher(text.replace(svg.tex(), "")).find(), "at most two decimals"));
        Rectangle2D viewBox = new Rectangle2D.Double(0, 0, svg.widthPx(), svg.heightPx());
        List<Element> elements = new ArrayList<>();
        collect(root, elements);
        for (Element e : elements) {
            String name = e.getLocalName();
            assertTrue(name.equals("svg") || name.equals("title") || name.equals("path"), "element " + name);
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node a = attributes.item(i);
                String attribute = a.getNodeName();
                String value = a.getNodeValue();
                assertFalse(attribute.equals("id") || attribute.equals("style") || attribute.equals("class")
                        || attribute.startsWith("xml:") || attribute.contains("href") || attribute.equals("transform"), attribute);
                assertFalse(value.contains("url(") || value.startsWith("#") && !attribute.equals("fill"), attribute + "=" + value);
                if (attribute.equals("fill") || attribute.equals("stroke")) {
                    assertFalse(value.equals("black") || value.equals("#000") || value.equals("#000000")
                            || value.replace(" ", "").equals("rgb(0,0,0)"), "hard-coded black");
                }
            }
            if (name.equals("path")) {
                Rectangle2D ink = SvgSyntax.path(e.getAttribute("d")).getBounds2D();
                assertTrue(viewBox.contains(ink), "ink " + ink + " inside the view box " + viewBox);
            }
        }
    }

    @Test
    void sameTexGivesTheSameBytesInEveryRendererAndLocale() {
        List<String> all = new ArrayList<>(featureFormulas().stream().map(Formula::tex).toList());
        all.addAll(MORE);
        Diagnostics diagnostics = new Diagnostics("t.md");
        List<String> first = all.stream().map(t -> new MathRenderer(SIZE, 0, TEXT_FONT).render(t, true, 1, diagnostics).svg()).toList();
        Locale locale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY); // decimal comma
            MathRenderer second = new MathRenderer(SIZE, 0, TEXT_FONT);
            assertEquals(first, all.stream().map(t -> second.render(t, true, 1, diagnostics).svg()).toList());
        } finally {
            Locale.setDefault(locale);
        }
    }

    @Test
    void invalidTexGivesOneWarningAndNoSvg() {
        Diagnostics diagnostics = new Diagnostics("bad.md");
        MathRenderer renderer = new MathRenderer(SIZE);
        assertDoesNotThrow(() -> {
            assertNull(renderer.render("\\frac{1}{", false, 5, diagnostics));
            assertNull(renderer.render("\\foo", true, 9, diagnostics));
        });
        List<Diagnostic> all = diagnostics.all();
        assertEquals(2, all.size(), all.toString());
        assertEquals(5, all.get(0).line());
        assertEquals(Diagnostic.Severity.WARNING, all.get(0).severity());
        assertTrue(all.get(0).message().contains("`\\frac{1}{`") && all.get(0).message().contains("missing '}'")
                && all.get(0).message().endsWith("shown as TeX source"), all.get(0).message());
        assertEquals(9, all.get(1).line());
        assertTrue(all.get(1).message().contains("`\\foo`") && all.get(1).message().contains("'foo'")
                && all.get(1).message().endsWith("shown as TeX source"), all.get(1).message());
        assertEquals("bad.md:5: warning: formula `\\frac{1}{` cannot be rendered (missing '}'); shown as TeX source",
                all.get(0).format());
    }

    @Test
    void texThatJlatexmathWouldDrawAnywayIsRefused() {
        for (String bad : List.of("\\frac{1}", "x^", "a_{", "}", "\\sqrt", "\\left( x", "\\begin{matrix} a", "a \\",
                "\\newcommand{\\R}{\\mathbb{R}} \\R", "\\includegraphics{/etc/passwd}", "\\jlmExternalFont{Serif} x", " ")) {
            Diagnostics diagnostics = new Diagnostics("t.md");
            assertNull(assertDoesNotThrow(() -> new MathRenderer(SIZE).render(bad, false, 3, diagnostics)), bad);
            assertEquals(1, diagnostics.all().size(), bad);
            assertTrue(diagnostics.all().get(0).message().endsWith("; shown as TeX source"), diagnostics.all().get(0).message());
        }
    }

    @Test
    void eachFormulaIsRenderedOncePerRenderer() {
        MathRenderer renderer = new MathRenderer(SIZE);
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg first = renderer.render("E = mc^2", false, 1, diagnostics);
        assertSame(first, renderer.render("E = mc^2", false, 7, diagnostics));
        assertSame(first, renderer.render("E = mc^2", false, 9, diagnostics));
        assertEquals(1, renderer.renderCount());
        renderer.render("E = mc^2", true, 11, diagnostics); // display is another rendering
        assertEquals(2, renderer.renderCount());
        renderer.render("\\foo", false, 12, diagnostics);
        renderer.render("\\foo", false, 14, diagnostics);
        assertEquals(3, renderer.renderCount(), "a failure is remembered too");
        assertEquals(List.of(12, 14), diagnostics.all().stream().map(Diagnostic::line).toList(), "but warned at each place");
        MathSvg again = new MathRenderer(SIZE).render("E = mc^2", false, 1, diagnostics);
        assertNotSame(first, again, "another renderer (another build) renders afresh");
        assertEquals(first, again);
    }

    @Test
    void wideFormulasAreScaledDownToTheMaximumWidth() throws Exception {
        StringBuilder tex = new StringBuilder();
        for (int i = 1; i <= 40; i++) tex.append(i == 1 ? "" : " + ").append("x_{").append(i).append('}');
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg natural = new MathRenderer(SIZE).render(tex.toString(), true, 1, diagnostics);
        MathSvg limited = new MathRenderer(SIZE, 677, null).render(tex.toString(), true, 1, diagnostics);
        assertTrue(natural.widthPx() > 677, "the test formula is wide: " + natural.widthPx());
        assertTrue(limited.widthPx() <= 677 && limited.widthPx() >= 670, "scaled to the limit: " + limited.widthPx());
        double scale = limited.widthPx() / (double) natural.widthPx();
        assertEquals(natural.heightPx() * scale, limited.heightPx(), 1.5, "proportionally");
        checkSvg(limited);
        MathSvg narrow = new MathRenderer(SIZE, 677, null).render("x", true, 1, diagnostics);
        assertEquals(new MathRenderer(SIZE).render("x", true, 1, diagnostics).svg(), narrow.svg(), "narrow formulas untouched");
    }

    @Test
    void chineseInTextIsDrawnWithTheTextFont() throws Exception {
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathSvg area = RENDERER.render("\\text{面积}", false, 1, diagnostics);
        MathSvg same = RENDERER.render("\\text{面面}", false, 1, diagnostics);
        assertNotEquals(paths(area.svg()), paths(same.svg()), "real glyphs: 面积 is not drawn like 面面 (missing-glyph boxes would be)");

        // The glyph drawn for 面 has the contours of the theme font's 面, and about as many segments.
        List<String> drawn = paths(RENDERER.render("\\text{面}", false, 1, diagnostics).svg());
        assertEquals(1, drawn.size(), drawn.toString());
        Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(TEXT_FONT)).deriveFont(100f);
        PathIterator it = font.createGlyphVector(new FontRenderContext(null, true, true), "面").getOutline().getPathIterator(null);
        int contours = 0, segments = 0;
        for (double[] c = new double[6]; !it.isDone(); it.next()) {
            if (it.currentSegment(c) == PathIterator.SEG_MOVETO) contours++;
            segments++;
        }
        String d = drawn.get(0);
        assertTrue(contours >= 3 && segments > 40, "a real glyph: " + contours + " contours, " + segments + " segments");
        assertEquals(contours, count(d, "m"), d);
        assertEquals(segments, count(d, "[mlqcz]") + implicitRepeats(d), segments * 0.1, d);

        MathSvg withoutFont = new MathRenderer(SIZE).render("\\text{面}", false, 1, diagnostics);
        assertNotEquals(d, paths(withoutFont.svg()).get(0), "without the theme font another font (or a missing-glyph box) is drawn");
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void oneRendererServesSeveralThreads() throws Exception {
        List<String> all = new ArrayList<>(featureFormulas().stream().map(Formula::tex).toList());
        all.addAll(MORE);
        all.addAll(MathBenchmark.FORMULAS);
        Diagnostics diagnostics = new Diagnostics("t.md");
        MathRenderer shared = new MathRenderer(SIZE, 0, TEXT_FONT);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String tex : all) futures.add(pool.submit(() -> shared.render(tex, true, 1, diagnostics).svg()));
            }
            MathRenderer alone = new MathRenderer(SIZE, 0, TEXT_FONT);
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(alone.render(all.get(i % all.size()), true, 1, diagnostics).svg(), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(all.stream().distinct().count(), shared.renderCount());
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void rootAttributesForPdfAndInlinePlacement() throws Exception {
        MathSvg svg = RENDERER.render("y_j", false, 1, new Diagnostics("t.md"));
        Element root = parse(svg.svg("#333", "vertical-align:" + svg.verticalAlign()));
        assertEquals("#333", root.getAttribute("color"));
        assertEquals("vertical-align:-" + (int) svg.depthPx() + "px", root.getAttribute("style"));
        assertEquals(String.valueOf(svg.widthPx()), root.getAttribute("width"));
        assertTrue(svg.svg("a\"b", null).startsWith("<svg color=\"a&quot;b\" xmlns="), "escaped");
        assertEquals(svg.svg(), svg.svg(null, null));
    }

    @Test
    void warmingUpIsHarmlessAndIdempotent() {
        assertDoesNotThrow(MathRenderer::warmUp);
        assertDoesNotThrow(MathRenderer::warmUp);
        assertNotNull(new MathRenderer(SIZE).render("x", false, 1, new Diagnostics("t.md")));
    }

    static List<String> paths(String svg) {
        List<String> d = new ArrayList<>();
        Matcher m = Pattern.compile("<path d=\"([^\"]*)\"").matcher(svg);
        while (m.find()) d.add(m.group(1));
        return d;
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Segments written without their command letter (a repeated l, q or c). */
    private static int implicitRepeats(String d) {
        int repeats = 0;
        Matcher m = Pattern.compile("([mlqc])([^a-z]*)").matcher(d);
        while (m.find()) {
            int numbers = count(m.group(2), "-?\\d+(\\.\\d+)?");
            int perSegment = switch (m.group(1)) { case "q" -> 4; case "c" -> 6; default -> 2; };
            repeats += Math.max(0, numbers / perSegment - 1);
        }
        return repeats;
    }

    private static void collect(Element e, List<Element> out) {
        out.add(e);
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) collect(child, out);
        }
    }

    static Element parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
