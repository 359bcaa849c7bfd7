package org.inkstone.model;

import java.util.List;

/**
 * One chapter of a {@link Book}: its title (from the summary, else its front matter, else its first
 * heading, else its file name), its file relative to the book's folder ({@code /}-separated; "" for a
 * draft chapter the summary lists without a file), its own document, and the chapters the summary
 * nests under it (its sections, {@code depth} one deeper).
 */
public record Chapter(String title, String path, int depth, Document document, List<Chapter> sections) {
    public Chapter {
        sections = List.copyOf(sections);
    }

    /** A chapter listed without a file: its title only. */
    public boolean draft() {
        return path.isEmpty();
    }
}
