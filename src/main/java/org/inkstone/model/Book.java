package org.inkstone.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A book: its metadata (from {@code book.yaml} and the summary's title) and its parts in reading order,
 * each holding chapters, each chapter a {@link Document} of its own with the file it was read from.
 * Front matter (前言, 序) and back matter (附录, 后记) are parts of their own {@link BookPart.Matter}.
 */
public record Book(Metadata metadata, List<BookPart> parts) {
    public Book {
        parts = List.copyOf(parts);
    }

    /** Every chapter and nested section, in reading order (a chapter before its sections). */
    public List<Chapter> chapters() {
        List<Chapter> out = new ArrayList<>();
        for (BookPart p : parts) for (Chapter c : p.chapters()) addWithSections(c, out);
        return out;
    }

    private static void addWithSections(Chapter c, List<Chapter> out) {
        out.add(c);
        for (Chapter s : c.sections()) addWithSections(s, out);
    }
}
