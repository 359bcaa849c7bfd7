package org.inkstone.render.wechat.css;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSS inliner on real jsoup documents: cascade, selectors, variables, pseudo-elements, reports. */
class CssInlinerTest {

    /** One inline() run: the document after inlining and what was reported. */
    record Result(Document doc, List<String> warnings) {
        String style(String selector) {
            Element e = doc.selectFirst(selector);
            assertNotNull(e, "no element matches " + selector);
            return e.attr("style");
        }

        long count(String prefix) {
            return warnings.stream().filter(w -> w.startsWith(prefix)).count();
        }
    }

    static Result inline(String body, String css) {
        Diagnostics diagnostics = new Diagnostics("article.md");
        Document doc = Jsoup.parse("<html><head></head><body>" + body + "</body></html>");
        new CssInliner(diagnostics).inline(doc, css);
        return new Result(doc, diagnostics.all().stream().map(Diagnostic::message).toList());
    }

    @Nested
    class Cascade {
        @Test
        void idBeatsClassBeatsElementRegardlessOfSourceOrder() {
            String css = "#a { color: red } .c { color: green } p { color: blue }";
            Result r = inline("<p id=a class=c>1</p><p class=c>2</p><p>3</p>", css);
            assertEquals("color: red", r.style("#a"));
            assertEquals("color: green", r.style("p.c:not(#a)"));
            assertEquals("color: blue", r.style("p:not(.c)"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void paginationPropertiesSharedWithPrintAreDroppedQuietly() {
            Result r = inline("<h2>t</h2>", "h2 { page-break-after: avoid; break-inside: avoid; orphans: 3; color: red }");
            assertEquals("color: red", r.style("h2"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void sourceOrderDecidesEqualSpecificity() {
            Result r = inline("<p class='x y'>1</p>", ".x { color: red; margin: 0 } .y { color: blue }");
            assertEquals("margin: 0; color: blue", r.style("p"));
            r = inline("<p class='x y'>1</p>", ".y { color: blue } .x { color: red; margin: 0 }");
            assertEquals("color: red; margin: 0", r.style("p"));
        }

        @Test
        void importantBeatsHigherSpecificityAndIsNotWritten() {
            Result r = inline("<div id=d><p class=c>1</p></div>",
                    "p { color: red !important } #d p.c { color: blue; margin: 1em }");
            assertEquals("margin: 1em; color: red", r.style("p"));
            // among !important declarations specificity counts again
            r = inline("<p id=x class=c>1</p>", "#x { color: red !important } .c { color: blue !important }");
            assertEquals("color: red", r.style("p"));
        }

        @Test
        void styleAttributeBeatsNormalRulesButNotImportantOnes() {
            String css = "#x.c p { color: red; margin: 0 } p { padding: 0 !important }";
            Result r = inline("<div id=x class=c><p style='color: green; padding: 2px'>1</p></div>", css);
            assertEquals("margin: 0; color: green; padding: 0", r.style("p"));
        }

        @Test
        void importantStyleAttributeBeatsImportantRules() {
            Result r = inline("<p id=x style='color: green !important'>1</p>", "#x { color: red !important }");
            assertEquals("color: green", r.style("p"));
        }

        @Test
        void styleAttributeKeepsItsOrderAndIsRewrittenAlone() {
            Result r = inline("<p style='margin:0;color:red'>1</p><span style='color: #123'>2</span>", "div { color: blue }");
            assertEquals("margin: 0; color: red", r.style("p"));
            assertEquals("color: #123", r.style("span"));
        }

        @Test
        void selectorGroupMembersHaveTheirOwnSpecificity() {
            // "#x, p" is two selectors: p.c keeps the class rule, #x keeps the id
            String css = "#x, p { color: red } .c { color: blue }";
            Result r = inline("<p id=x class=c>1</p><p class=c>2</p><p>3</p>", css);
            assertEquals("color: red", r.style("#x"));
            assertEquals("color: blue", r.style("p.c:not(#x)"));
            assertEquals("color: red", r.style("p:not(.c)"));
        }

        @Test
        void notCountsItsArgumentAndWhereCountsNothing() {
            // p:not(#z) is (1,0,1) and beats .c (0,1,0) although it comes first
            Result r = inline("<p class=c>1</p>", "p:not(#z) { color: red } .c { color: blue }");
            assertEquals("color: red", r.style("p"));
            // :where(.c) p is (0,0,1): the later plain p wins; * counts nothing either
            r = inline("<div class=c><p>1</p></div>", ":where(.c) p { color: red } p { color: blue } * { margin: 0 }");
            assertEquals("margin: 0; color: blue", r.style("p"));
        }

        @Test
        void shorthandAndLonghandKeepTheirCascadeOrder() {
            // the longhand wins by specificity, so it must come after the shorthand in the attribute
            Result r = inline("<h2 class=t>1</h2>", ".t { border-left-color: red } h2 { border: 1px solid black }");
            assertEquals("border: 1px solid black; border-left-color: red", r.style("h2"));
        }

        @Test
        void ordinaryPropertiesAreNotInherited() {
            Result r = inline("<div class=a><p>1</p></div>", ".a { color: red }");
            assertEquals("color: red", r.style("div"));
            assertFalse(r.doc().selectFirst("p").hasAttr("style"));
        }
    }

    @Nested
    class Selectors {
        @Test
        void combinatorsAttributesAndStructuralPseudoClasses() {
            String css = """
                    .doc p { margin: 0 }
                    .doc > p { padding: 0 }
                    a[href^="https"] { color: green }
                    li:first-child { font-weight: bold }
                    li:nth-child(even) { background-color: #eee }
                    li:last-child { font-style: italic }
                    h2 + p { text-indent: 0 }
                    """;
            Result r = inline("""
                    <div class=doc><h2>t</h2><p id=direct>1</p><blockquote><p id=deep>2</p></blockquote>
                    <a id=s href="https://x">s</a><a id=h href="http://x">h</a>
                    <ul><li id=l1>a</li><li id=l2>b</li><li id=l3>c</li></ul></div>
                    """, css);
            // h2 + p (0,0,2) is below .doc p (0,1,1) in the cascade, so it is written first
            assertEquals("text-indent: 0; margin: 0; padding: 0", r.style("#direct"));
            assertEquals("margin: 0", r.style("#deep"));
            assertEquals("color: green", r.style("#s"));
            assertFalse(r.doc().getElementById("h").hasAttr("style"));
            assertEquals("font-weight: bold", r.style("#l1"));
            assertEquals("background-color: #eee", r.style("#l2"));
            assertEquals("font-style: italic", r.style("#l3"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void relationalPseudoClassesMatchAndCountTheirArguments() {
            String css = "div:has(> p.y) { margin: 0 } p:has(+ p) { color: red } :is(section, div) > p.y { padding: 0 }"
                    + " div p { padding: 1px }";
            Result r = inline("<div id=d><p id=a>1</p><p id=b class=y>2</p></div>", css);
            assertEquals("margin: 0", r.style("#d"));
            assertEquals("color: red; padding: 1px", r.style("#a"));
            // :is(section, div) > p.y is (0,1,2): it beats div p (0,0,2) though it comes first
            assertEquals("padding: 0", r.style("#b"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void selectorJsoupCannotParseIsReportedOnce() {
            Result r = inline("<p>1</p>", ":is() { color: red } :is() { margin: 0 } p { padding: 0 }");
            assertEquals("padding: 0", r.style("p"));
            assertEquals(1, r.warnings().size(), r.warnings().toString());
            assertTrue(r.warnings().get(0).startsWith("theme CSS: selector `:is()` cannot be matched"), r.warnings().toString());
        }

        @Test
        void linkPseudoClassMatchesLinksWithHref() {
            Result r = inline("<a id=l href=x>1</a><a id=n>2</a>", "a:link { color: red }");
            assertEquals("color: red", r.style("#l"));
            assertFalse(r.doc().getElementById("n").hasAttr("style"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void unsupportedPseudoClassIsReportedOnceForThreeRules() {
            String css = "a:hover { color: red } p:hover { color: blue } .x:hover, p { margin: 0 }";
            Result r = inline("<p><a href=x>1</a></p>", css);
            assertEquals(List.of("theme CSS: :hover rules are ignored in WeChat output"
                    + " (a pasted article has no hover, focus, visited or target state)"), r.warnings());
            assertFalse(r.doc().selectFirst("a").hasAttr("style"));
            assertEquals("margin: 0", r.style("p"), "the other selector of the group still applies");
        }

        @Test
        void otherPseudoElementsAndUnknownPseudoClassesAreReported() {
            String css = "p::selection { color: red } li::marker { color: red } input::placeholder { color: red }"
                    + " p:lang(en) { color: red } input:checked { margin: 0 } a:visited { color: red } a:focus { color: red }";
            Result r = inline("<p>1</p><ul><li>a</li></ul><input>", css);
            assertEquals(List.of(
                    "theme CSS: ::selection rules are ignored in WeChat output (only ::before and ::after can be inlined)",
                    "theme CSS: ::marker rules are ignored in WeChat output (only ::before and ::after can be inlined)",
                    "theme CSS: ::placeholder rules are ignored in WeChat output (only ::before and ::after can be inlined)",
                    "theme CSS: the :lang() pseudo-class is not supported; rules using it are ignored in WeChat output",
                    "theme CSS: the :checked pseudo-class is not supported; rules using it are ignored in WeChat output",
                    "theme CSS: :visited rules are ignored in WeChat output (a pasted article has no hover, focus, visited or target state)",
                    "theme CSS: :focus rules are ignored in WeChat output (a pasted article has no hover, focus, visited or target state)"),
                    r.warnings());
            assertTrue(r.doc().select("[style]").isEmpty());
        }

        @Test
        void unparseableCssIsReportedAndTheRestApplies() {
            Result r = inline("<p>1</p>", "p ~~ q { color: red } p { color: blue }");
            assertEquals("color: blue", r.style("p"));
            assertEquals(1, r.warnings().size(), r.warnings().toString());
            assertTrue(r.warnings().get(0).startsWith("theme CSS: line 1: unreadable CSS at \"~\""), r.warnings().toString());
        }
    }

    @Nested
    class Variables {
        @Test
        void rootVariablesAreReplacedAndNotWritten() {
            String css = ":root { --accent: #b5452a; --pad: 0 1em } p { color: var(--accent); padding: var(--pad) }";
            Result r = inline("<p>1</p>", css);
            assertEquals("color: #b5452a; padding: 0 1em", r.style("p"));
            assertFalse(r.doc().selectFirst("html").hasAttr("style"), "custom properties are not written");
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void variablesInheritFromAnAncestorClass() {
            String css = ":root { --accent: red } .blue { --accent: blue } p { color: var(--accent) }";
            Result r = inline("<p id=a>1</p><section class=blue><div><p id=b>2</p></div></section>", css);
            assertEquals("color: red", r.style("#a"));
            assertEquals("color: blue", r.style("#b"));
            assertFalse(r.doc().selectFirst("section").hasAttr("style"));
        }

        @Test
        void styleAttributeVariablesInheritToo() {
            Result r = inline("<div style='--accent: green'><p>1</p></div>", ":root { --accent: red } p { color: var(--accent) }");
            assertEquals("color: green", r.style("p"));
            assertFalse(r.doc().selectFirst("div").hasAttr("style"), "only custom properties: the attribute goes");
        }

        @Test
        void fallbacksAndNestedFallbacks() {
            String css = ":root { --b: blue } "
                    + "#f { color: var(--nope, red) } "
                    + "#n { color: var(--nope, var(--b, green)) } "
                    + "#m { color: var(--nope, var(--also-nope, rgb(1, 2, 3))) } "
                    + "#x { font-family: var(--font, \"LXGW WenKai\", serif) }";
            Result r = inline("<p id=f>1</p><p id=n>2</p><p id=m>3</p><p id=x>4</p>", css);
            assertEquals("color: red", r.style("#f"));
            assertEquals("color: blue", r.style("#n"));
            assertEquals("color: rgb(1,2,3)", r.style("#m"));
            assertEquals("font-family: \"LXGW WenKai\",serif", r.style("#x"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void variablesReferToOtherVariables() {
            String css = ":root { --base: 4px; --border: 1px solid var(--accent); --accent: red } "
                    + ".t { --accent: blue } p { border: var(--border); margin: calc(var(--base) * 2) }";
            Result r = inline("<p id=a>1</p><div class=t><p id=b>2</p></div>", css);
            assertEquals("border: 1px solid red; margin: calc(4px*2)", r.style("#a"));
            // --border was computed on :root, so its value is inherited as computed there
            assertEquals("border: 1px solid red; margin: calc(4px*2)", r.style("#b"));
        }

        @Test
        void undefinedVariableDropsTheDeclarationAndIsReported() {
            Result r = inline("<p>1</p><div>2</div>", "p, div { color: var(--missing); margin: 0 }");
            assertEquals("margin: 0", r.style("p"));
            assertEquals("margin: 0", r.style("div"));
            assertEquals(List.of("theme CSS: var(--missing) is not defined and has no fallback; the color declaration is dropped"),
                    r.warnings());
        }

        @Test
        void undefinedVariableDoesNotFallBackToALosingDeclaration() {
            // like a browser: the winner is invalid at computed-value time, the property is unset
            Result r = inline("<p class=c>1</p>", "p { color: red } .c { color: var(--missing) }");
            assertFalse(r.doc().selectFirst("p").hasAttr("style"));
            assertEquals(1, r.count("theme CSS: var(--missing)"));
        }

        @Test
        void cyclesAreReported() {
            Result r = inline("<p>1</p>", ":root { --a: var(--b); --b: var(--a) } p { color: var(--a, green) }");
            assertEquals("color: green", r.style("p"));
            assertTrue(r.warnings().stream().anyMatch(w -> w.contains("reference cycle")), r.warnings().toString());
        }
    }

    @Nested
    class PseudoElements {
        @Test
        void beforeAndAfterBecomeSpansWithTheirOtherDeclarations() {
            String css = "blockquote::before { content: \"\\201C\"; color: #b5452a; font-size: 2em }"
                    + " blockquote::after { content: '\\201D' } blockquote { margin: 0 }";
            Result r = inline("<blockquote><p>引文</p></blockquote>", css);
            Element q = r.doc().selectFirst("blockquote");
            assertEquals("margin: 0", q.attr("style"));
            assertEquals(3, q.childrenSize());
            Element before = q.child(0);
            assertEquals("span", before.normalName());
            assertEquals("\u201C", before.text());
            assertEquals("color: #b5452a; font-size: 2em", before.attr("style"));
            Element after = q.child(2);
            assertEquals("\u201D", after.text());
            assertFalse(after.hasAttr("style"));
            assertEquals("p", q.child(1).normalName(), "the pseudo-element spans match no selector themselves");
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void legacySingleColonAndEscapesAndQuotes() {
            String css = "h2:before { content: \"\\2014\\20 x\" } h2:after { content: \"a\\\"b\" 'c' }";
            Result r = inline("<h2>T</h2>", css);
            Element h2 = r.doc().selectFirst("h2");
            assertEquals("\u2014 x", h2.child(0).text());
            assertEquals("a\"bc", h2.child(1).text());
            assertEquals("\u2014 xTa\"bc", h2.wholeText());
        }

        @Test
        void emptyContentMakesAnEmptySpanAndNoneMakesNothing() {
            String css = "h2::after { content: \"\"; display: block; width: 2em; border-bottom: 2px solid red }"
                    + " h3::before { content: none; color: red } h4::before { color: red }"
                    + " h2.n::after { content: normal }";
            Result r = inline("<h2 id=a>A</h2><h2 id=b class=n>B</h2><h3>C</h3><h4>D</h4>", css);
            Element span = r.doc().selectFirst("#a > span");
            assertNotNull(span);
            assertEquals("", span.text());
            assertEquals("display: block; width: 2em; border-bottom: 2px solid red", span.attr("style"));
            assertTrue(r.doc().select("#b span, h3 span, h4 span").isEmpty());
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void contentWithVariablesAndAttr() {
            String css = ":root { --mark: \"※\" } a[title]::after { content: \" (\" attr(title) \")\" }"
                    + " p::before { content: var(--mark); margin-right: var(--gap, 0.5em) }";
            Result r = inline("<p>1</p><a title=说明 href=x>链接</a>", css);
            assertEquals("※", r.doc().selectFirst("p > span").text());
            assertEquals("margin-right: 0.5em", r.doc().selectFirst("p > span").attr("style"));
            assertEquals(" (说明)", r.doc().selectFirst("a > span").wholeText());
        }

        @Test
        void generatedSpansAreNotMatchedBySelectors() {
            Result r = inline("<p>1</p>", "span { color: red } p > :first-child { margin: 0 } p::before { content: 'x' }");
            Element span = r.doc().selectFirst("p > span");
            assertEquals("x", span.text());
            assertFalse(span.hasAttr("style"));
        }

        @Test
        void countersAreReportedAndSkipped() {
            Result r = inline("<h2>1</h2><h2>2</h2>", "h2::before { content: counter(h2) \". \" }");
            assertTrue(r.doc().select("span").isEmpty());
            assertEquals(List.of("theme CSS: counter() in content is not supported in WeChat output;"
                    + " ::before and ::after using it are skipped"), r.warnings());
        }

        @Test
        void pseudoElementSpecificityAndImportance() {
            String css = "p.x::before { content: 'b'; color: blue } p::before { content: 'a'; color: red }";
            Result r = inline("<p class=x>1</p>", css);
            Element span = r.doc().selectFirst("p > span");
            assertEquals("b", span.text());
            assertEquals("color: blue", span.attr("style"));
        }

        @Test
        void voidElementsGetNoPseudoElements() {
            Result r = inline("<p><img src=x.png><br></p>", "img::before, br::after { content: 'x' }");
            assertTrue(r.doc().select("span").isEmpty());
            assertEquals(List.of(), r.warnings());
        }
    }

    @Nested
    class Reports {
        @Test
        void atRulesAreReportedOncePerKindAndIgnored() {
            String css = """
                    @import url("other.css");
                    @font-face { font-family: X; src: url(x.woff2) }
                    @media (max-width: 600px) { p { color: red } }
                    @media print { p { color: green } }
                    @keyframes spin { from { color: red } to { color: blue } }
                    @page { margin: 1cm }
                    @supports (display: grid) { p { display: grid } }
                    p { margin: 0 }
                    """;
            Result r = inline("<p>1</p>", css);
            assertEquals("margin: 0", r.style("p"));
            assertEquals(List.of(
                    "theme CSS: @import rules are ignored in WeChat output",
                    "theme CSS: @font-face rules are ignored in WeChat output",
                    "theme CSS: @media rules are ignored in WeChat output",
                    "theme CSS: @keyframes rules are ignored in WeChat output",
                    "theme CSS: @page rules are ignored in WeChat output",
                    "theme CSS: @supports rules are ignored in WeChat output"), r.warnings());
        }

        @Test
        void positionIsRemovedAndReported() {
            Result r = inline("<p>1</p><div>2</div>", "p { position: relative; top: 1px; color: red } div { position: absolute }");
            assertEquals("top: 1px; color: red", r.style("p"));
            assertFalse(r.doc().selectFirst("div").hasAttr("style"));
            assertEquals(List.of("theme CSS: the position property is ignored in WeChat output (the editor strips it)"),
                    r.warnings());
        }

        @Test
        void positionInAStyleAttributeIsRemovedAndReported() {
            Result r = inline("<p style='position: absolute; color: red'>1</p>", "p { margin: 0 }");
            assertEquals("margin: 0; color: red", r.style("p"));
            assertEquals(List.of("inline style: the position property is ignored in WeChat output (the editor strips it)"),
                    r.warnings());
        }

        @Test
        void workingCssReportsNothing() {
            Result r = inline("<p class=a>1</p>", ".a { color: red; float: left; display: inline-block } p:first-child { margin: 0 }");
            assertEquals("color: red; float: left; display: inline-block; margin: 0", r.style("p"));
            assertEquals(List.of(), r.warnings());
        }

        @Test
        void warningsAreFileWide() {
            Diagnostics diagnostics = new Diagnostics("a.md");
            new CssInliner(diagnostics).inline(Jsoup.parse("<p>1</p>"), "@media print { p { color: red } }");
            assertEquals(1, diagnostics.all().size());
            assertEquals(0, diagnostics.all().get(0).line());
            assertEquals(Diagnostic.Severity.WARNING, diagnostics.all().get(0).severity());
        }
    }

    @Nested
    class Output {
        @Test
        void sameInputGivesTheSameOutput() {
            String css = ":root { --a: red } .x p, p.y { color: var(--a); margin: 0 } p { padding: 0 !important }"
                    + " p::before { content: '·'; color: var(--a) } #q { border: 1px solid }";
            String html = "<div class=x><p class=y style='line-height: 2'>1</p><p id=q>2</p></div>";
            String first = inline(html, css).doc().outerHtml();
            for (int i = 0; i < 5; i++) {
                assertEquals(first, inline(html, css).doc().outerHtml());
            }
            // a reused inliner gives the same result too (its parsed stylesheet is kept)
            Diagnostics diagnostics = new Diagnostics("a.md");
            CssInliner inliner = new CssInliner(diagnostics);
            for (int i = 0; i < 3; i++) {
                Document doc = Jsoup.parse("<html><head></head><body>" + html + "</body></html>");
                inliner.inline(doc, css);
                assertEquals(first, doc.outerHtml());
            }
        }

        @Test
        void importantFlagsAndCustomPropertiesNeverReachTheOutput() {
            Result r = inline("<p style='color: red !important; --x: 1px'>1</p>", "p { margin: 0 !important; --y: 2px }");
            assertEquals("margin: 0; color: red", r.style("p"));
            assertFalse(r.doc().outerHtml().contains("important"));
            assertFalse(r.doc().outerHtml().contains("--"));
        }

        @Test
        void valuesAreWrittenReadably() {
            Result r = inline("<p>1</p>", "p { font: italic bold 12px/1.5 \"Noto Serif\", serif; background: url(\"a b.png\") no-repeat }");
            assertEquals("font: italic bold 12px/1.5 \"Noto Serif\", serif; background: url('a b.png') no-repeat", r.style("p"));
            assertEquals(List.of(), r.warnings());
        }
    }

    /** The default theme on the features sample (golden XHTML): everything in base.css works, nothing is reported. */
    @Nested
    class DefaultTheme {
        private static final Path THEME = Path.of("themes/default");

        private Result inlineSample(String css) throws Exception {
            Diagnostics diagnostics = new Diagnostics("features.md");
            Document doc = Jsoup.parse(Files.readString(Path.of("src/test/resources/golden/features.xhtml")));
            new CssInliner(diagnostics).inline(doc, css);
            return new Result(doc, diagnostics.all().stream().map(Diagnostic::message).toList());
        }

        @Test
        void baseCssInlinesWithoutReports() throws Exception {
            Result r = inlineSample(Files.readString(THEME.resolve("base.css")));
            assertEquals(List.of(), r.warnings());
            Document doc = r.doc();
            assertTrue(doc.selectFirst("article h2").attr("style").contains("border-left: 4px solid #b5452a"));
            // tbody tr:nth-child(even) td
            assertTrue(doc.selectFirst("tbody tr:nth-child(2) td").attr("style").contains("background-color: #fbfaf8"));
            assertFalse(doc.selectFirst("tbody tr:nth-child(1) td").attr("style").contains("background-color"));
            // div.callout-body > *:first-child { margin-top: 0 } comes after the paragraph margin
            String first = doc.selectFirst("div.callout-body > p").attr("style");
            assertTrue(first.indexOf("margin-top: 0") > first.indexOf("margin: 0.5em 0"), first);
            // a callout kind overrides the default border colour, after the shorthand
            String tip = doc.selectFirst("aside.callout-tip").attr("style");
            assertTrue(tip.indexOf("border-left-color: #17896b") > tip.indexOf("border-left: 4px solid #3d68b0"), tip);
            assertTrue(doc.selectFirst("pre code").attr("style").contains("background-color: transparent"));
            assertTrue(doc.select("[style*=var(], [style*=important]").isEmpty());
        }

        @Test
        void baseAndWechatCssWithVariablesInlineWithoutReports() throws Exception {
            String css = Files.readString(THEME.resolve("base.css"))
                    + "\n:root { --accent: #c0392b; --font-size: 15px }\n"
                    + Files.readString(THEME.resolve("wechat.css"));
            Result r = inlineSample(css);
            assertEquals(List.of(), r.warnings());
            assertTrue(r.style("article.ink-document").startsWith("font-size: 15px;"), r.style("article.ink-document"));
            assertTrue(r.style("article h2").contains("border-left: 4px solid #c0392b"), r.style("article h2"));
            assertTrue(r.doc().select("[style*=var(]").isEmpty());
        }
    }
}
