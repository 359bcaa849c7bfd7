package org.inkstone.model;

import java.util.List;

/**
 * A run of a book's chapters: a titled part (a {@code # 部分标题} of SUMMARY.md), the numbered chapters
 * before any part title (title ""), or the front or back matter.
 */
public record BookPart(String title, Matter matter, List<Chapter> chapters) {
    /** Where in the book a part stands. */
    public enum Matter {
        /** Before the numbered chapters: 前言, 序 (pages numbered i, ii … in the PDF). */
        FRONT,
        /** The numbered chapters. */
        BODY,
        /** After the numbered chapters: 附录, 后记. */
        BACK
    }

    public BookPart {
        chapters = List.copyOf(chapters);
    }
}
