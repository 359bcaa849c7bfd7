package org.inkstone.render.epub;

import org.inkstone.options.EpubOptions;
import org.inkstone.TestDocs;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.publish.Inkstone;
import org.inkstone.options.RequestedOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of book Inkstone writes passes W3C EPUBCheck 5.3 with no fatal error, no error and no
 * warning (the messages are printed when one does not).
 */
class EpubCheckTest {
    @TempDir Path dir;

    private static void assertClean(Path epub) {
        EpubCheckResult r = EpubCheckResult.check(epub);
        assertTrue(r.clean(), () -> epub.getFileName() + ": " + r.summary());
    }

    private Path build(String name, String markdown) {
        return EpubBuilds.build(EpubBuilds.write(dir, name, markdown), dir.resolve("out"));
    }

    @Test
    void exampleArticle() {
        assertClean(EpubBuilds.build(Path.of("examples/article.md"), dir.resolve("out")));
    }

    @Test
    void featuresWithItsImages() {
        assertClean(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out")));
    }

    @Test
    void twentyChapterBook() {
        assertClean(EpubBuilds.build(BookFixtures.book(dir, 20), dir.resolve("out")));
    }

    @Test
    void twentyChapterBookSplitAtH2WithoutFonts() {
        assertClean(EpubBuilds.build(BookFixtures.book(dir, 20), dir.resolve("out"),
                RequestedOptions.builder().epub(new EpubOptions(2, false)).build()));
    }

    @Test
    void onlyFrontMatter() {
        assertClean(build("front.md", BookFixtures.FRONT_MATTER_ONLY));
    }

    @Test
    void emptyFile() {
        assertClean(build("empty.md", ""));
    }

    @Test
    void headingsOfChinesePunctuationOnly() {
        assertClean(build("punct.md", BookFixtures.PUNCTUATION_HEADINGS));
    }

    @Test
    void everyImageMissing() {
        assertClean(build("missing.md", BookFixtures.MISSING_IMAGES));
    }

    @Test
    void rawHtmlImages() {
        assertClean(EpubBuilds.build(TestDocs.rawHtmlImages(dir), dir.resolve("out")));
    }

    @Test
    void hostileRawHtml() {
        assertClean(build("hostile.md", BookFixtures.HOSTILE_HTML));
    }

    @Test
    void englishBookWithOddLanguageAndDate() {
        assertClean(build("english.md", """
                ---
                title: A Small Book
                lang: en
                date: 28 November 2026
                identifier: isbn-978-7-0000-0000-0
                ---
                Text before any heading.

                ### A third-level heading first

                ## Then a second level

                # And a first level[^1]

                [^1]: A note.
                """));
    }

    /** SOURCE_DATE_EPOCH=0, common in reproducible builds: the zip's timestamps clamp to a DOS date without an extra field. */
    @Test
    void builtAtTheUnixEpoch() throws Exception {
        Path md = EpubBuilds.write(dir, "epoch.md", "# 一章\n\n正文。\n");
        Inkstone.Result r = Inkstone.builder().formats(List.of("epub")).output(dir.resolve("out")).home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).assets(AssetPolicy.defaults().withOffline(true)).build().publish(md);
        assertNull(r.failure(), r.failure());
        assertClean(r.written().get(0));
    }
}
