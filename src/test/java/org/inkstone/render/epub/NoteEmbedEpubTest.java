package org.inkstone.render.epub;

import org.inkstone.publish.NoteEmbedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.inkstone.publish.NoteEmbedFolder.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Obsidian note embeds in the EPUB: the embedded text once, the fallbacks shown, and the book still valid. */
class NoteEmbedEpubTest {
    @TempDir Path dir;

    @Test
    void embeddedNotesAreInTheChaptersOnceAndTheBookStaysValid() {
        Path epub = EpubBuilds.build(NoteEmbedFolder.write(dir.resolve("库")), dir.resolve("out"));
        EpubFile book = EpubFile.read(epub);
        StringBuilder text = new StringBuilder();
        int fallbacks = 0;
        for (String chapter : book.chapters()) {
            text.append(book.xml(EpubFile.ROOT + chapter).text()).append('\n');
            fallbacks += book.xml(EpubFile.ROOT + chapter).select("span.note-embed-missing").size();
        }
        for (String t : NoteEmbedFolder.EMBEDDED) assertEquals(1, count(text.toString(), t), t + " in " + text);
        for (String t : NoteEmbedFolder.LEFT_OUT) assertEquals(0, count(text.toString(), t), t + " in " + text);
        for (String t : NoteEmbedFolder.FALLBACKS) assertTrue(text.toString().contains(t), t);
        assertEquals(NoteEmbedFolder.FALLBACKS.size(), fallbacks);
        assertTrue(book.headings().contains("修改的步骤"), book.headings().toString());
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check.summary());
    }
}
