package org.inkstone.render.xhtml;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The writer cuts the model into parts (EPUB chapters) and writes them with one state. */
class WrittenPartsTest {
    private static final String MD = """
            前言一段，见[第二章](#第二章)。[^a]

            # 第一章

            正文[^b]。

            # 第二章

            回到[第一章](#第一章)，又见注释[^a]。

            [^a]: 注释甲。
            [^b]: 注释乙。
            """;

    @Test
    void partsFollowTheModelsBlocksAndShareNotesAndLinks() {
        Diagnostics d = new Diagnostics("t.md");
        Document doc = TestDocs.build(MD, d);
        WrittenParts written = new XhtmlWriter(ImageResolver.AS_WRITTEN, d).parts(doc, List.of(1, 3));
        List<WrittenParts.Part> parts = written.parts();
        assertEquals(3, parts.size(), "the preface before the first start is a part of its own");
        assertEquals(List.of(0, 1, 3), parts.stream().map(WrittenParts.Part::from).toList());
        assertEquals(List.of(1, 3, 5), parts.stream().map(WrittenParts.Part::to).toList());
        assertEquals("第一章", parts.get(1).element().selectFirst("> h1").text());
        assertEquals("第二章", parts.get(2).element().selectFirst("> h1").text());
        assertEquals(List.of(), d.all(), "links to a heading in another part are found");
        assertEquals("#第二章", parts.get(0).element().selectFirst("a[href^=#]").attr("href"));
        // notes numbered once across the parts: the second reference to note a is its second back link
        assertEquals(2, written.footnotes().select("li").size());
        assertEquals(1, parts.get(2).element().select("[id=fnref-1-2]").size());
        assertEquals(written.root(), parts.get(0).element().parent());
    }

    @Test
    void noLeadingPartWhenTheFirstBlockStartsOne() {
        Diagnostics d = new Diagnostics("t.md");
        Document doc = TestDocs.build("# 一\n\n甲\n\n# 二\n\n乙\n", d);
        WrittenParts written = new XhtmlWriter(ImageResolver.AS_WRITTEN, d).parts(doc, List.of(0, 2));
        assertEquals(2, written.parts().size());
        assertEquals(0, written.parts().get(0).from());
        assertNull(written.footnotes());
        assertEquals(1, new XhtmlWriter(ImageResolver.AS_WRITTEN, d).parts(doc, List.of()).parts().size(), "no starts: one part");
    }
}
