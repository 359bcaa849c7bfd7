package org.inkstone.model;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.transform.Transforms;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outline: the document's top-level headings, with levels, ids, text, where they stand, and where chapters start. */
class OutlineTest {
    private static final String BOOK = """
            Before the first chapter.

            # One

            Text.[^1]

            ## One *point* one

            > # Quoted, not in the outline

            - ## Listed, not in the outline

            > [!NOTE]
            > ### In a callout, not in the outline

            ### Deep `code`

            # Two {#second}

            ## Two point one

            #### Four

            [^1]: A note.
            """;

    private static Outline outline(String markdown) {
        return Outline.of(TestDocs.build(markdown, new Diagnostics("t.md")));
    }

    @Test
    void entriesAreTheTopLevelHeadingsInOrder() {
        Document doc = TestDocs.build(BOOK, new Diagnostics("t.md"));
        List<Outline.Entry> e = Outline.of(doc).entries();
        assertEquals(List.of(1, 2, 3, 1, 2, 4), e.stream().map(Outline.Entry::level).toList());
        assertEquals(List.of("one", "one-point-one", "deep-code", "second", "two-point-one", "four"),
                e.stream().map(Outline.Entry::id).toList());
        assertEquals(List.of("One", "One point one", "Deep code", "Two", "Two point one", "Four"),
                e.stream().map(Outline.Entry::text).toList());
        for (Outline.Entry entry : e) {
            Heading h = (Heading) doc.blocks().get(entry.block());
            assertEquals(entry.id(), h.id());
            assertEquals(entry.content(), h.content());
        }
    }

    @Test
    void chaptersStartAtH1OrAtH1AndH2() {
        Outline o = outline(BOOK);
        assertEquals(List.of("one", "second"), o.chapterStarts(1).stream().map(Outline.Entry::id).toList());
        assertEquals(List.of("one", "one-point-one", "second", "two-point-one"),
                o.chapterStarts(2).stream().map(Outline.Entry::id).toList());
        assertEquals(List.of("one", "one-point-one", "second", "two-point-one"),
                o.upTo(2).stream().map(Outline.Entry::id).toList());
    }

    @Test
    void headingsWithoutIdsAreKeptWithNullId() {
        Outline o = Outline.of(TestDocs.parse("# Untransformed\n"));
        assertEquals(1, o.entries().size());
        assertNull(o.entries().get(0).id());
        assertEquals("Untransformed", o.entries().get(0).text());
    }

    @Test
    void textLeavesOutNotesAndImagesAndCollapsesSpaces() {
        Outline o = outline("# A  note[^1] and ![an image](x.png) and $x^2$\n\n[^1]: Note.\n");
        assertEquals("A note and and x^2", o.entries().get(0).text());
        assertEquals("A note1 and and x^2", HeadingText.withMarks(o.entries().get(0).content(), "Note:"));
    }

    @Test
    void theOutlineOfASpacedDocumentHasTheSpacedText() {
        Document doc = TestDocs.build("# 中文English混排\n", new Diagnostics("t.md"));
        String plain = Outline.of(doc).entries().get(0).text();
        String spaced = Outline.of(Transforms.HAN_LATIN_SPACING.apply(doc)).entries().get(0).text();
        assertEquals("中文English混排", plain);
        assertTrue(spaced.contains(" English "), spaced);
    }

    @Test
    void aDocumentWithoutHeadingsHasAnEmptyOutline() {
        assertTrue(outline("Just a paragraph.\n\n> # quoted\n").entries().isEmpty());
    }
}
