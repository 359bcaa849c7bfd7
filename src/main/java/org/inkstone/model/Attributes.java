package org.inkstone.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pandoc-style attributes written after a construct, {@code {#id .class key=value}}: an id (null
 * when none), classes and key–value pairs in the order written. Themes style by them; the XHTML
 * writer gives them as {@code id}, {@code class} and {@code data-KEY}.
 */
public record Attributes(String id, List<String> classes, Map<String, String> values) {
    /** No attributes. */
    public static final Attributes NONE = new Attributes(null, List.of(), Map.of());

    public Attributes {
        classes = List.copyOf(classes);
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return id == null && classes.isEmpty() && values.isEmpty();
    }

    /** These attributes without the id (a heading keeps its id apart). */
    public Attributes withoutId() {
        return id == null ? this : new Attributes(null, classes, values);
    }
}
