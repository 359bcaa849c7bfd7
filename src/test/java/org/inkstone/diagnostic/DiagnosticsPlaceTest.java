package org.inkstone.diagnostic;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A line named in a message's text is placed as a warning is: for a book, in its chapter's file. */
class DiagnosticsPlaceTest {
    @Test
    void anArticlesLineIsItsNumber() {
        assertEquals("42", new Diagnostics("a.md").place(42));
    }

    @Test
    void aBooksLineIsTheChaptersLineAndFile() {
        Diagnostics book = new Diagnostics("book");
        book.regions(List.of(new Diagnostics.Region(1, "one.md"), new Diagnostics.Region(100, "two.md")));
        assertEquals("99 of one.md", book.place(99));
        assertEquals("1 of two.md", book.place(100));
        assertEquals("2188 of two.md", book.place(2287));
        book.warn(2287, "x");
        Diagnostic d = book.all().get(0);
        assertEquals("two.md", d.file());
        assertEquals(2188, d.line());
    }
}
