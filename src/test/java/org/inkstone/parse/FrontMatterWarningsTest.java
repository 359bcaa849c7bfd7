package org.inkstone.parse;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterWarningsTest {
    @Test
    void anUnquotedColourIsAYamlCommentAndSaysSoAtItsLine() {
        Diagnostics d = new Diagnostics("t.md");
        Document doc = TestDocs.build("---\ntitle: 书\naccent: #0066cc\nsubtitle: 副标题 # 这是注释\n---\n正文\n", d);
        assertEquals("副标题", doc.metadata().subtitle(), "a comment after a value is fine");
        List<Diagnostic> all = d.all();
        assertEquals(1, all.size(), all.toString());
        assertEquals(3, all.get(0).line());
        assertEquals("front matter 'accent' has no value: YAML reads '#' after a space as the start of a comment;"
                + " put the value in quotes (accent: \"#0066cc\")", all.get(0).message());
    }

    @Test
    void aQuotedColourIsFine() {
        Diagnostics d = new Diagnostics("t.md");
        TestDocs.build("---\ntitle: 书\naccent: \"#0066cc\"\n---\n正文\n", d);
        assertEquals(List.of(), d.all());
    }
}
