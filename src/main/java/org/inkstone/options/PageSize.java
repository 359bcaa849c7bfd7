package org.inkstone.options;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The PDF's page: ISO A4 (the default), A5, B5 (176 × 250 mm), or US Letter. */
public enum PageSize {
    A4("A4"), A5("A5"), B5("B5"), LETTER("Letter");

    private final String label;

    PageSize(String label) {
        this.label = label;
    }

    /** The name as users write it: A4, A5, B5, Letter. */
    public String label() {
        return label;
    }

    /** Every size's label, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(PageSize::label).toList();
    }

    /** The size {@code name} names (any case, surrounding spaces ignored), or empty. */
    public static Optional<PageSize> parse(String name) {
        String n = name == null ? "" : name.strip();
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(n)).findFirst();
    }
}
