package org.inkstone.publish;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long-lived {@link Inkstone} (one instance, one set of caches) sees a theme's font file replaced
 * and its style sheet edited between two builds: nothing it keeps is keyed by a file's path alone.
 */
class RebuildSeesEditsTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    private static final Path FONTS = HOME.resolve("fonts");

    @Test
    void aSecondBuildOfTheSameInstanceUsesTheEditedFontAndTheme(@TempDir Path dir) throws IOException {
        Path theme = dir.resolve("theme");
        Files.createDirectories(theme);
        for (String css : new String[] {"base.css", "print.css", "html.css"}) {
            Files.copy(HOME.resolve("themes/default/" + css), theme.resolve(css));
        }
        Files.writeString(theme.resolve("theme.properties"), "name=edited\nbody-font=\"Body\", serif\n"
                + "fonts=Body|400|body.ttf\nprint-fallback-fonts=Symbola|400|Symbola.ttf\n");
        Path body = theme.resolve("body.ttf");
        Files.copy(FONTS.resolve("LXGWWenKai-Regular.ttf"), body);
        Path input = dir.resolve("a.md");
        Files.writeString(input, "# 永和九年\n\n岁在癸丑，暮春之初，会于会稽山阴之兰亭。Latin text too.\n");
        Path out = dir.resolve("out");
        Inkstone inkstone = Inkstone.builder().formats("html", "pdf").theme(theme.toString()).home(HOME).output(out).build();

        Inkstone.Result first = inkstone.publish(input);
        assertTrue(first.succeeded(), first.failure());
        assertEquals(Set.of("LXGWWenKai-Regular"), fontNames(out.resolve("a.pdf")));
        assertFalse(Files.readString(out.resolve("a.html")).contains("edited-theme-marker"));

        Files.copy(FONTS.resolve("LXGWWenKaiMono-Regular.ttf"), body, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(theme.resolve("html.css"), "\n.edited-theme-marker { color: red; }\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        Inkstone.Result second = inkstone.publish(input);
        assertTrue(second.succeeded(), second.failure());
        assertEquals(Set.of("LXGWWenKaiMono-Regular"), fontNames(out.resolve("a.pdf")), "the replaced font file is embedded");
        assertTrue(Files.readString(out.resolve("a.html")).contains("edited-theme-marker"), "the edited style sheet is used");
    }

    /** The PostScript names of the embedded fonts, without their subset prefix. */
    private static Set<String> fontNames(Path pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    String font = resources.getFont(name).getName();
                    names.add(font.contains("+") ? font.substring(font.indexOf('+') + 1) : font);
                }
            }
        }
        return names;
    }
}
