package org.inkstone.theme;

import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code extends=} in theme.properties: a child theme inherits its parent's properties, style sheets and
 * fonts and overrides only what it sets; chains work; a cycle or a missing parent names the line; themes
 * beside a document are found before the home's and the bundled ones; the bundled list comes from the index.
 */
class ThemeInheritanceTest {
    private static final Path HOME = Path.of("").toAbsolutePath();
    @TempDir Path dir;

    private Path theme(String name, String properties, String... cssFiles) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.writeString(folder.resolve("theme.properties"), properties);
        for (int i = 0; i + 1 < cssFiles.length; i += 2) Files.writeString(folder.resolve(cssFiles[i]), cssFiles[i + 1]);
        return folder;
    }

    private Theme load(Path folder) {
        return new ThemeLoader(HOME).load(folder.toString());
    }

    @Test
    void aChildOverridesItsOwnPropertiesAndInheritsTheRest() throws IOException {
        Theme parent = new ThemeLoader(HOME).load("default");
        Theme child = load(theme("child", "extends=default\ndescription=Mine\nprint-paragraph=spacing\n"));
        assertEquals("Mine", child.properties().get("description"));
        assertEquals("spacing", child.properties().get("print-paragraph"));
        assertEquals(parent.properties().get("cjk-emphasis"), child.properties().get("cjk-emphasis"));
        assertEquals(parent.properties().get("accent"), child.properties().get("accent"));
        assertEquals(parent.fonts(), child.fonts(), "no fonts= of its own: the parent's faces");
        assertEquals(parent.printFallbackFonts(), child.printFallbackFonts());
        for (String output : List.of("html", "print", "epub", "wechat")) {
            assertEquals(parent.css(output), child.css(output), "a child without CSS has the parent's for " + output);
        }
        assertEquals(parent.bookCss("print"), child.bookCss("print"));
    }

    @Test
    void eachOutputGetsTheParentsWholeStyleSheetThenTheChilds() throws IOException {
        Theme parent = new ThemeLoader(HOME).load("default");
        Theme child = load(theme("child", "extends=default\n",
                "base.css", ".child-base { color: #010203 }", "wechat.css", ".child-wechat { color: #040506 }",
                "book-print.css", ".child-book { orphans: 4 }"));
        String wechat = child.css("wechat");
        assertTrue(wechat.startsWith(parent.css("wechat")), "the parent's base and WeChat CSS come first");
        assertTrue(wechat.endsWith(".child-base { color: #010203 }\n.child-wechat { color: #040506 }"), wechat.substring(wechat.length() - 200));
        String print = child.css("print");
        assertTrue(print.startsWith(parent.css("print")) && print.endsWith(".child-base { color: #010203 }"),
                "the child's base.css comes after the parent's print.css, so it wins over it too");
        assertFalse(print.contains("child-wechat"));
        assertTrue(child.bookCss("print").startsWith(parent.bookCss("print")) && child.bookCss("print").endsWith(".child-book { orphans: 4 }"));
        assertEquals(parent.bookCss("epub"), child.bookCss("epub"));
    }

    @Test
    void chainsInheritThroughEveryLevel() throws IOException {
        theme("b", "extends=default\nprint-paragraph=spacing\ndescription=B\n", "base.css", ".from-b { color: #111111 }");
        Theme a = load(theme("a", "extends=../b\ndescription=A\n", "base.css", ".from-a { color: #222222 }"));
        assertEquals("A", a.properties().get("description"));
        assertEquals("spacing", a.properties().get("print-paragraph"), "from b");
        assertEquals("dots", a.properties().get("cjk-emphasis"), "from default");
        assertEquals(List.of(dir.resolve("a"), dir.resolve("b"), HOME.resolve("themes/default")),
                new ThemeLoader(HOME).folders(dir.resolve("a").toString(), null), "the folders a preview watches");
        String css = a.css("epub");
        int fromDefault = css.indexOf(".ink-document h2");
        int fromB = css.indexOf(".from-b");
        int fromA = css.indexOf(".from-a");
        assertTrue(fromDefault >= 0 && fromDefault < fromB && fromB < fromA, "default, then b, then a");
    }

    @Test
    void aCycleNamesTheLineAndTheChain() throws IOException {
        theme("a", "# first\nextends=../b\n");
        Path b = theme("b", "name=b\n\nextends = ../a\n");
        ThemeException e = assertThrows(ThemeException.class, () -> load(dir.resolve("a")));
        assertEquals(b.resolve("theme.properties") + " line 3: extends=../a makes a cycle (a → b → a); one of these themes"
                + " must extend another, such as extends=default, or none", e.getMessage());
    }

    @Test
    void aThemeThatExtendsItselfIsACycle() throws IOException {
        Path self = theme("self", "extends=.\n");
        ThemeException e = assertThrows(ThemeException.class, () -> load(self));
        assertTrue(e.getMessage().startsWith(self.resolve("theme.properties") + " line 1: extends=. makes a cycle (self → self)"), e.getMessage());
    }

    @Test
    void aMissingParentNamesTheLineAndWhatToWrite() throws IOException {
        Path child = theme("child", "description=x\nextends=nosuch\n");
        ThemeException e = assertThrows(ThemeException.class, () -> load(child));
        assertTrue(e.getMessage().startsWith(child.resolve("theme.properties") + " line 2: extends=nosuch names no theme;"
                + " write extends= a bundled theme (academic, book, default, sans, vivid)"), e.getMessage());
        assertTrue(e.getMessage().endsWith("or the path of a theme folder relative to this theme's folder (extends=../other)"), e.getMessage());
    }

    @Test
    void baseCssIsOptionalOnlyForAThemeThatExtendsAnother() throws IOException {
        Path alone = theme("alone", "description=no parent\n", "print.css", "p { orphans: 3 }");
        ThemeException e = assertThrows(ThemeException.class, () -> load(alone));
        assertEquals("theme folder " + alone + " has no base.css (a theme that extends another may leave it out:"
                + " write extends=default in its theme.properties)", e.getMessage());
        Files.writeString(alone.resolve("theme.properties"), "extends=default\n");
        assertTrue(load(alone).css("print").endsWith("p { orphans: 3 }"));
    }

    @Test
    void aThemeNamedLikeItsParentExtendsTheNextOneFound() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("docs"));
        Path own = Files.createDirectories(documents.resolve("themes/default"));
        Files.writeString(own.resolve("theme.properties"), "extends=default\n");
        Files.writeString(own.resolve("base.css"), ".mine { color: #333333 }");
        Theme t = new ThemeLoader(HOME).load("default", documents);
        assertTrue(t.css("html").startsWith(new ThemeLoader(HOME).load("default").css("html")));
        assertTrue(t.css("html").endsWith(".mine { color: #333333 }"));
    }

    @Test
    void aFolderOfTheSameNameThatIsNoThemeDoesNotHideTheName() {
        // "examples" is a folder of the working directory (the repository) with no theme in it.
        ThemeException e = assertThrows(ThemeException.class, () -> new ThemeLoader(HOME).load("examples"));
        assertTrue(e.getMessage().startsWith("unknown theme 'examples'; available: academic, book, default"), e.getMessage());
    }

    @Test
    void aThemeBesideTheDocumentComesBeforeTheHomesAndTheBundledOnes() throws IOException {
        Path documents = Files.createDirectories(dir.resolve("docs"));
        ThemeLoader loader = new ThemeLoader(HOME);
        assertTrue(loader.onlyBesideDocuments("mine"));
        assertFalse(loader.foundBeside("mine", documents));
        Path mine = Files.createDirectories(documents.resolve("themes/mine"));
        Files.writeString(mine.resolve("theme.properties"), "extends=default\ndescription=My look\n");
        assertTrue(loader.foundBeside("mine", documents));
        assertEquals("My look", loader.load("mine", documents).properties().get("description"));
        ThemeException unknown = assertThrows(ThemeException.class, () -> loader.load("mine"));
        assertTrue(unknown.getMessage().startsWith("unknown theme 'mine'; available: academic, book, default, sans, vivid"), unknown.getMessage());

        List<ThemeLoader.Listed> listed = loader.list(documents);
        assertEquals(new ThemeLoader.Listed("mine", "themes/mine/", "My look", "default"), listed.get(listed.size() - 1));
        ThemeLoader.Listed first = listed.get(0);
        assertEquals("default", first.name());
        assertEquals("bundled", first.where());
        assertTrue(first.description().startsWith("Restrained long-read typography"), first.description());
    }

    @Test
    void aChildsFontsReplaceTheParentsAndAreLookedForInItsFolderThenTheParentsThenFonts() throws IOException {
        Path parent = theme("parent", "extends=default\nfonts=P|400|p.ttf\n");
        Files.writeString(parent.resolve("p.ttf"), "parent's face");
        Files.writeString(parent.resolve("shared.ttf"), "in the parent's folder");
        Path child = theme("child", "extends=../parent\nfonts=C|400|c.ttf, S|400|shared.ttf, W|400|LXGWWenKai-Regular.ttf\n");
        Files.writeString(child.resolve("c.ttf"), "child's face");
        Theme p = load(parent);
        assertEquals(List.of(parent.resolve("p.ttf")), p.fonts().stream().map(f -> f.file()).toList());
        Theme c = load(child);
        assertEquals(List.of(child.resolve("c.ttf"), parent.resolve("shared.ttf"), HOME.resolve("fonts/LXGWWenKai-Regular.ttf")),
                c.fonts().stream().map(f -> f.file()).toList());
        Path grandchild = theme("grandchild", "extends=../child\n");
        assertEquals(c.fonts(), load(grandchild).fonts(), "no fonts= of its own: its parent's");
    }

    @Test
    void aChildsAccentRecoloursTheParentsStyleSheetsAndTheOptionRecoloursTheChild() throws IOException {
        Theme parent = new ThemeLoader(HOME).load("default");
        Theme child = load(theme("green", "extends=default\naccent=#0A7F3F\n"));
        assertEquals("#0a7f3f", child.properties().get("accent"));
        for (String output : List.of("html", "print", "epub", "wechat")) {
            String css = child.css(output).toLowerCase(Locale.ROOT);
            assertFalse(css.contains("#b5452a"), output + ": the parent's accent is recoloured");
            assertTrue(css.contains("#0a7f3f"), output);
        }
        assertFalse(child.css("html").contains("#e7c3b8"), "the parent's tints follow");
        ThemeColours own = ThemeColours.of(child, null, new Diagnostics("t"));
        assertEquals("#0a7f3f", own.accent());
        assertEquals(child.css("html"), own.css(child.css("html")), "without --accent the child's colours stay");
        ThemeColours blue = ThemeColours.of(child, new Colour("#2255cc"), new Diagnostics("t"));
        String recoloured = blue.css(child.css("html")).toLowerCase(Locale.ROOT);
        assertFalse(recoloured.contains("#0a7f3f"), "--accent recolours the child's accent");
        assertSameUpToRounding(ThemeColours.of(parent, new Colour("#2255cc"), new Diagnostics("t")).css(parent.css("html")),
                blue.css(child.css("html")));
    }

    /** --accent on the child gives what it gives on the parent, but for a tint mixed twice (one step of a channel). */
    private static void assertSameUpToRounding(String expected, String actual) {
        java.util.regex.Pattern hex = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}\\b");
        assertEquals(hex.matcher(expected).replaceAll("#"), hex.matcher(actual).replaceAll("#"));
        List<String> want = hex.matcher(expected).results().map(m -> m.group()).toList();
        List<String> got = hex.matcher(actual).results().map(m -> m.group()).toList();
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            int[] w = new Colour(want.get(i)).channels();
            int[] g = new Colour(got.get(i)).channels();
            for (int c = 0; c < 3; c++) assertTrue(Math.abs(w[c] - g[c]) <= 1, want.get(i) + " vs " + got.get(i));
        }
    }

    @Test
    void everyBundledThemeFolderIsInTheIndex() throws IOException {
        List<String> indexed = ThemeLoader.bundledNames();
        assertEquals("default", indexed.get(0));
        try (Stream<Path> folders = Files.list(HOME.resolve("themes"))) {
            List<String> onDisk = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(onDisk, indexed.stream().sorted().toList(),
                    "a folder under themes/ is bundled once its name is a line of " + ThemeLoader.INDEX);
        }
    }
}
