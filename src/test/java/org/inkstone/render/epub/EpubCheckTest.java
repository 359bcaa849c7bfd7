package org.inkstone.render.epub;

import org.inkstone.TestDocs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of book Inkstone writes passes W3C EPUBCheck 5.3 with no fatal error, no error and no warning. */
class EpubCheckTest {
    @TempDir Path dir;

    private static void assertClean(Path epub) {
        EpubCheckResult r = EpubCheckResult.check(epub);
        assertTrue(r.clean(), () -> epub.getFileName() + ": " + r.summary());
    }

    @Test
    void exampleArticle() {
        assertClean(EpubBuilds.build(Path.of("examples/article.md"), dir.resolve("out")));
    }

    @Test
    void featuresWithItsImages() {
        assertClean(EpubBuilds.build(TestDocs.FEATURES, dir.resolve("out")));
    }
}
