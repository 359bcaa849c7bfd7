package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.math.MathRenderer;
import org.inkstone.model.Document;
import org.inkstone.model.HeadingText;
import org.inkstone.model.Outline;
import org.inkstone.transform.Transforms;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The outline's heading text is the text the outputs used to read from the written page: the
 * reader's text (contents, bookmarks, running titles) left out footnote references and editor
 * notes; the EPUB navigation read the whole element. Each case is written, and the page's text of
 * every top-level heading compared with the outline's.
 */
class OutlineTextTest {
    private static final String NOTE_LABEL = "审阅批注";

    @ParameterizedTest
    @ValueSource(strings = {
            "# Plain words",
            "# *Emphasis*, **strong**, ~~struck~~, ==marked== and H~2~O, x^2^",
            "# Code `a  b   c` and `x`",
            "# Energy $E = mc^2$ and $\\frac{a}{b}$",
            "# Broken $\\frac{1}{$ formula",
            "# An image ![alt text](images/figure.png) inside",
            "# ![only an image](images/figure.png)",
            "# A [link](https://example.org) and <https://example.org/auto>",
            "# A [bad link](javascript:alert(1)) kept as text",
            "# Raw <kbd>Ctrl</kbd> and <b>bold</b> tags",
            "# Raw break<br>here and <br/> there",
            "# Raw image <img src=\"images/figure.png\" alt=\"raw\"> inside",
            "# A note[^1]\n\n[^1]: The note.",
            "# Twice[^a] noted[^b]\n\n[^a]: One.\n\n[^b]: Two.",
            "# Reviewed <!-- check this --> heading",
            "# Wiki [[#Other]] link\n\n## Other",
            "# Spaces&nbsp;and&#8203;invisible&shy;marks",
            "# Entities &amp; &lt;tags&gt; \\*escaped\\*",
            "Setext heading\nover two lines\n==============",
            "# 中文标题 with English 与 `代码`",
            "# ",
            "# Emoji 🎉 and 𠮷",
            "# Trailing spaces #   ",
            "# Custom id {#custom}",
            "> # Quoted heading\n\n- # Listed heading\n\n# Top heading",
    })
    void outlineTextIsThePagesHeadingText(String markdown) {
        for (boolean notes : new boolean[] {false, true}) {
            Diagnostics d = new Diagnostics("t.md");
            Document doc = Transforms.run(TestDocs.parse(markdown, d), Transforms.standard(notes));
            MathRenderer renderer = new MathRenderer(16);
            Element article = new XhtmlWriter(ImageResolver.AS_WRITTEN, d, XhtmlSettings.builder().math(() -> renderer).build()).article(doc);
            List<Element> headings = topLevelHeadings(article);
            List<Outline.Entry> entries = Outline.of(doc).entries();
            assertEquals(headings.size(), entries.size(), markdown);
            for (int i = 0; i < headings.size(); i++) {
                Element h = headings.get(i);
                Outline.Entry e = entries.get(i);
                assertEquals(h.normalName().charAt(1) - '0', e.level(), markdown);
                assertEquals(h.id(), e.id(), markdown);
                assertEquals(readersText(h), e.text(), markdown + (notes ? " (with notes)" : ""));
                assertEquals(h.text().strip(), HeadingText.withMarks(e.content(), NOTE_LABEL), markdown + (notes ? " (with notes)" : ""));
            }
        }
    }

    /** The headings the PDF used to find: top-level h1–h6 of the article. */
    private static List<Element> topLevelHeadings(Element article) {
        List<Element> out = new ArrayList<>();
        for (Element e : article.children()) if (e.normalName().matches("h[1-6]")) out.add(e);
        return out;
    }

    /** How the PDF used to read a heading: without its footnote references or reviewer notes. */
    private static String readersText(Element heading) {
        Element copy = heading.clone();
        copy.select("sup.footnote-ref, .editor-note, .running-title").remove();
        return copy.text().strip();
    }
}
