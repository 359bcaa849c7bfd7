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
import java.nio.file.StandardCopyOption;

/** Shared helpers for tests: parse text, locate resources, compare with golden files. */
public final class TestDocs {
    private TestDocs() {}

    public static final Path RESOURCES = Path.of("src/test/resources").toAbsolutePath();
    public static final Path FEATURES = RESOURCES.resolve("corpus/features.md");

    /**
     * Images written as raw HTML, for every output: one that exists (line 4, inside a centred
     * paragraph, {@code width="120"}), one missing (line 7), one outside the document's folder
     * (line 9, inline in a paragraph), a remote one (line 11), and a paragraph mixing raw tags with
     * Markdown images, one there and one missing (line 13). See {@link #rawHtmlImages(Path)}.
     */
    public static final String RAW_HTML_IMAGES = """
            # 原始 HTML 里的图片

            <p align="center">
            <img src="images/figure.png" alt="居中的原始图" width="120">
            </p>

            <img src="images/missing.png" alt="不存在的原始图">

            段落中的 <img src="../../../etc/passwd" alt="越界的原始图"> 不应读到。

            <img src="https://example.invalid/raw.png" alt="远程的原始图">

            混排 <b>粗体</b> ![Markdown 图](images/photo.jpg) 与 ![缺失的 Markdown 图](images/gone.png) 结束。
            """;

    /** Writes {@link #RAW_HTML_IMAGES} to {@code dir/raw.md}, with the images it finds in {@code dir/images}; returns the file. */
    public static Path rawHtmlImages(Path dir) {
        try {
            Files.createDirectories(dir.resolve("images"));
            for (String name : new String[] {"figure.png", "photo.jpg"}) {
                Files.copy(RESOURCES.resolve("corpus/images").resolve(name), dir.resolve("images").resolve(name),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.writeString(dir.resolve("raw.md"), RAW_HTML_IMAGES, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the folder {@code from} with everything in it to {@code to} (created). */
    public static void copyFolder(Path from, Path to) {
        try (java.util.stream.Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
