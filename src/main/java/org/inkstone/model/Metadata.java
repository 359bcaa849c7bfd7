package org.inkstone.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document metadata from the front matter. Text fields are "" when absent; {@code extra} keeps every
 * key Inkstone does not know, in source order, with values as YAML gave them (strings, lists, maps);
 * {@code keyLines} gives the source line of each key (lower case), so that a later stage can point a
 * warning about a value at its line.
 */
public record Metadata(String title, String subtitle, List<String> authors, String date, String language,
                       String description, List<String> keywords, String cover, String identifier,
                       Map<String, Object> extra, Map<String, Integer> keyLines) {
    public static final String DEFAULT_LANGUAGE = "zh-Hans";
    /** The front matter keys that name the cover image. */
    public static final String[] COVER_KEYS = {"cover", "cover-image", "cover_image"};

    public Metadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        keyLines = Map.copyOf(keyLines);
        if (language == null || language.isBlank()) language = DEFAULT_LANGUAGE;
    }

    public static Metadata empty() {
        return new Metadata("", "", List.of(), "", DEFAULT_LANGUAGE, "", List.of(), "", "", Map.of(), Map.of());
    }

    /** The source line of the first of {@code keys} that the front matter has (any case), or 0. */
    public int lineOf(String... keys) {
        for (String key : keys) {
            Integer line = keyLines.get(key.toLowerCase(java.util.Locale.ROOT));
            if (line != null) return line;
        }
        return 0;
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, subtitle, authors, date, language, description, keywords, cover, identifier, extra, keyLines);
    }
}
