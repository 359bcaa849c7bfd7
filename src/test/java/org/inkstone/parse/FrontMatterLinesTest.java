package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Metadata;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The front matter keeps each key's line, so that a warning about its value points there. */
class FrontMatterLinesTest {
    @Test
    void eachKeyKnowsItsLineWhateverItsCaseOrQuotes() {
        String source = "---\ntitle: 行号\nAccent: \"#0a7\"\n'font-size': 17px\nkeywords:\n  - a\n  - b\ncover: c.png\n---\n\ndate: 2020\n正文\n";
        Metadata meta = new MarkdownReader().read(source, "t", new Diagnostics("t.md")).metadata();
        assertEquals(2, meta.lineOf("title"));
        assertEquals(3, meta.lineOf("accent"));
        assertEquals(4, meta.lineOf("font-size"));
        assertEquals(5, meta.lineOf("keywords"));
        assertEquals(8, meta.lineOf(Metadata.COVER_KEYS));
        assertEquals(0, meta.lineOf("date"), "not in the front matter");
        assertEquals(0, Metadata.empty().lineOf("title"));
    }
}
