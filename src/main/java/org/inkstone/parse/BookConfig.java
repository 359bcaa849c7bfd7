package org.inkstone.parse;

import org.inkstone.model.Metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What book.yaml says. {@code options} are the output settings as written (strings), by flattened
 * lower-case key ({@code theme}, {@code pdf.page-size}, {@code epub.split-level}, {@code wechat.font-size}),
 * in file order; {@code optionLines} gives each one's 1-based line. The values are not checked here.
 * {@code chapters} is empty when book.yaml lists no chapters (no {@code front:}, {@code chapters:} or
 * {@code back:} with a file in it).
 */
public record BookConfig(Metadata metadata, Map<String, String> options, Map<String, Integer> optionLines,
                         Optional<ChapterList> chapters) {
    public BookConfig {
        java.util.Objects.requireNonNull(metadata, "metadata");
        java.util.Objects.requireNonNull(chapters, "chapters");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        optionLines = Collections.unmodifiableMap(new LinkedHashMap<>(optionLines));
    }
}
