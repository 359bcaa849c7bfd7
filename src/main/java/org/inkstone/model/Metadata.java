package org.inkstone.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Document metadata from the front matter. Text fields are "" when absent; {@code extra} keeps every
 * key Inkstone does not know, in source order, with values as YAML gave them (strings, lists, maps).
 */
public record Metadata(String title, String subtitle, List<String> authors, String date, String language,
                       String description, List<String> keywords, String cover, String identifier,
                       Map<String, Object> extra) {
    public static final String DEFAULT_LANGUAGE = "zh-Hans";
    /** The front matter keys that name the cover image. */
    public static final String[] COVER_KEYS = {"cover", "cover-image", "cover_image"};

    public Metadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
        extra = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extra));
        if (language == null || language.isBlank()) language = DEFAULT_LANGUAGE;
    }

    public static Metadata empty() {
        return new Metadata("", "", List.of(), "", DEFAULT_LANGUAGE, "", List.of(), "", "", Map.of());
    }

    public Metadata withTitle(String newTitle) {
        return new Metadata(newTitle, subtitle, authors, date, language, description, keywords, cover, identifier, extra);
    }
}
