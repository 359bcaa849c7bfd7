package org.inkstone;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.transform.Transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shared helpers for tests: parse text, locate resources, compare with golden files. */
public final class TestDocs {
    private TestDocs() {}

    public static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    public static final Path FEATURES = RESOURCES.resolve("corpus/features.md");

    public static Document parse(String markdown, Diagnostics diagnostics) {
        return new MarkdownReader().read(markdown, "test", diagnostics);
    }

    public static Document parse(String markdown) {
        return parse(markdown, new Diagnostics("test.md"));
    }

    /** Parsed and run through the standard transforms (editor notes removed). */
    public static Document build(String markdown, Diagnostics diagnostics) {
        return Transforms.run(parse(markdown, diagnostics), Transforms.standard(false));
    }

    public static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compares {@code actual} with the golden file; with {@code -Dinkstone.updateGolden=true}
     * (mvn test -Dinkstone.updateGolden=true) rewrites the file instead.
     */
    public static void assertGolden(String goldenName, String actual) {
        Path golden = RESOURCES.resolve("golden").resolve(goldenName);
        try {
            if (Boolean.getBoolean("inkstone.updateGolden") || "true".equals(System.getProperty("inkstone.updateGolden"))) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionError("golden file " + golden + " is missing; run mvn test -Dinkstone.updateGolden=true and review it");
            }
            org.junit.jupiter.api.Assertions.assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    "differs from golden " + golden + " (rerun with -Dinkstone.updateGolden=true if the change is intended)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
