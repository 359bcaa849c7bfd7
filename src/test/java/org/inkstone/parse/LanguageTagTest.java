package org.inkstone.parse;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The front matter's lang is decided once, in the model, for every output. */
class LanguageTagTest {
    private static String language(String lang, Diagnostics d) {
        return TestDocs.build("---\ntitle: 书\nlang: " + lang + "\n---\n正文\n", d).metadata().language();
    }

    @Test
    void chineseRegionTagsBecomeScriptTags() {
        Diagnostics d = new Diagnostics("t.md");
        assertEquals("zh-Hans", language("zh-CN", d));
        assertEquals("zh-Hans", language("zh_cn", d));
        assertEquals("zh-Hant", language("zh-TW", d));
        assertEquals("en-GB", language("en-GB", d));
        assertEquals("zh-Hans", language("\"\"", d), "empty: the default");
        assertEquals(List.of(), d.all());
    }

    @Test
    void aValueThatIsNotATagIsOneWarningAtItsLineAndTheDefault() {
        Diagnostics d = new Diagnostics("t.md");
        String source = "---\ntitle: 书\nlang: 中文!\n---\n正文\n";
        d.source(source);
        assertEquals("zh-Hans", TestDocs.build(source, d).metadata().language());
        List<Diagnostic> all = d.all();
        assertEquals(1, all.size(), all.toString());
        assertEquals(3, all.get(0).line());
        assertEquals("front matter lang '中文!' is not a language tag; using zh-Hans (write lang: zh-Hans, zh-Hant or en)",
                all.get(0).message());
    }
}
