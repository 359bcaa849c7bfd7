package org.inkstone.publish;

import org.inkstone.asset.AssetPolicy;
import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.inkstone.transform.BookAssembly;
import org.inkstone.transform.Transforms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeAheadTest {
    private static final String JS = "```js\nconst a = [1, 2].map(x => x * 2); // 注释\n```\n";

    private static Document read(Path book, CodeHighlighter highlighter) {
        Diagnostics d = new Diagnostics(book.toString());
        AssetResolver assets = new AssetResolver(book, d, AssetPolicy.defaults().withOffline(true));
        BookReader.Read read = new BookReader(new MarkdownReader(), Transforms.standard(false), s -> {}, highlighter)
                .read(book, book.toString(), assets, d);
        return BookAssembly.assemble(read.book(), c -> read.sources().getOrDefault(c, ""), d).document();
    }

    private static String article(Document doc, CodeHighlighter highlighter) {
        return new XhtmlWriter(ImageResolver.AS_WRITTEN, new Diagnostics("book"), XhtmlSettings.builder().highlighter(highlighter).build())
                .article(doc).outerHtml();
    }

    @Test
    void eachChaptersCodeIsTokenisedAsItIsReadAndTheWriterFindsIt(@TempDir Path book) throws IOException {
        Files.writeString(book.resolve("SUMMARY.md"), "- [甲](a.md)\n- [乙](b.md)\n");
        Files.writeString(book.resolve("a.md"), "# 甲\n\n" + JS + "\n```text\n纯文本\n```\n");
        Files.writeString(book.resolve("b.md"), "# 乙\n\n```Python\nprint('hi')\n```\n\n" + JS);
        CodeHighlighter ahead = new CodeHighlighter();
        Document doc = read(book, ahead);
        String written = article(doc, ahead);
        assertEquals(0, ahead.tokenisations(), "the writer found every block tokenised as the chapters were read");
        CodeHighlighter fresh = new CodeHighlighter();
        assertEquals(article(read(book, null), fresh), written, "the same article as a writer that tokenises itself");
        assertEquals(2, fresh.tokenisations());
    }
}
