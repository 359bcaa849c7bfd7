package org.inkstone.render.epub;

import org.inkstone.ObsidianDoc;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Inkstone;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB of {@link ObsidianDoc}: no {@code %%} comment in any file (marked reviewer notes with
 * {@code --notes}), its one-dash tables and wiki link read; EPUBCheck clean both ways.
 */
class ObsidianSyntaxEpubTest {
    @TempDir Path dir;

    private Path build(boolean notes) {
        Path md = ObsidianDoc.write(dir);
        Inkstone.Result r = Inkstone.builder().formats(List.of("epub")).output(dir.resolve(notes ? "notes" : "out"))
                .editorNotes(notes).home(Path.of("")).clock(EpubBuilds.CLOCK)
                .assets(AssetPolicy.defaults().withOffline(true)).build().publish(md);
        assertNull(r.failure(), () -> "build failed: " + r.failure() + " " + r.diagnostics());
        return r.written().get(0);
    }

    private static List<Element> chapterBodies(EpubFile f) {
        List<Element> out = new ArrayList<>();
        for (String c : f.chapters()) out.add(f.xml(EpubFile.ROOT + c).selectFirst("body"));
        return out;
    }

    @Test
    void commentsAreInNoFileAndTablesAreRead() {
        Path epub = build(false);
        EpubFile f = EpubFile.read(epub);
        for (String name : f.entries.keySet()) {
            if (name.endsWith(".xhtml") || name.endsWith(".opf") || name.endsWith(".ncx")) {
                for (String secret : ObsidianDoc.SECRETS) assertFalse(f.text(name).contains(secret), secret + " in " + name);
            }
        }
        List<Element> tables = chapterBodies(f).stream().flatMap(b -> b.select("table").stream()).toList();
        assertEquals(ObsidianDoc.TABLE_HEADS, tables.stream().map(t -> t.select("thead th").text()).toList());
        assertEquals("横丙 横丁", tables.get(2).select("tbody td").text());
        assertEquals("Markdown 语法", tables.get(0).selectFirst(".wikilink").text());
        assertEquals(1, tables.get(0).select("img").size(), "the embed is found: " + tables.get(0));
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check::summary);
    }

    @Test
    void notesFlagShowsTheCommentsMarked() {
        Path epub = build(true);
        EpubFile f = EpubFile.read(epub);
        String notes = chapterBodies(f).stream().map(b -> b.select(".editor-note").text()).reduce("", String::concat);
        for (String secret : ObsidianDoc.SECRETS) assertTrue(notes.contains(secret), secret + " in " + notes);
        EpubCheckResult check = EpubCheckResult.check(epub);
        assertTrue(check.clean(), check::summary);
    }
}
