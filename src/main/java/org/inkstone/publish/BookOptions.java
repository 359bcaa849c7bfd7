package org.inkstone.publish;

import org.inkstone.model.Metadata;
import org.inkstone.parse.BookConfig;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * book.yaml's options as the front-matter keys the {@link org.inkstone.options.OptionsResolver} reads
 * ({@code pdf: {page-size: A5}} → {@code page-size: A5}), with their lines in book.yaml, on the book's
 * metadata: a book sets what an article's front matter sets, and the command line still wins.
 */
final class BookOptions {
    /** book.yaml's key → the front-matter key. */
    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry("accent", "accent"), Map.entry("font-size", "font-size"), Map.entry("cjk-spacing", "cjk-spacing"),
            Map.entry("image-base", "image-base"), Map.entry("wechat.font-size", "font-size"),
            Map.entry("wechat.image-base", "image-base"), Map.entry("pdf.page-size", "page-size"), Map.entry("pdf.toc", "toc"),
            Map.entry("pdf.chapter-start", "chapter-start"), Map.entry("epub.split-level", "split-level"),
            Map.entry("heading-numbers", "heading-numbers"), Map.entry("figure-numbers", "figure-numbers"));

    private BookOptions() {}

    static Metadata asFrontMatter(Metadata book, BookConfig config) {
        Map<String, Object> extra = new LinkedHashMap<>(book.extra());
        Map<String, Integer> lines = new LinkedHashMap<>(book.keyLines());
        config.options().forEach((key, value) -> {
            String frontMatterKey = KEYS.get(key);
            if (frontMatterKey == null) return;
            extra.put(frontMatterKey, value);
            Integer line = config.optionLines().get(key);
            if (line != null) lines.put(frontMatterKey, line);
        });
        return new Metadata(book.title(), book.subtitle(), book.authors(), book.date(), book.language(), book.description(),
                book.keywords(), book.cover(), book.identifier(), extra, lines);
    }
}
