package org.inkstone.theme;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Theme files and fonts stay inside their folders by real path: a symbolic link (real ones, in a
 * temporary folder) from the theme folder or the fonts folder to a file elsewhere is refused with a
 * message naming both; a link that stays inside works.
 */
class ThemeLinksTest {
    @TempDir Path dir;
    private Path home, theme, elsewhere;

    @BeforeEach
    void folders() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
        Files.createDirectories(home.resolve("fonts"));
        theme = Files.createDirectories(dir.resolve("mytheme"));
        elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("secret.css"), "body { color: red }");
        Files.writeString(elsewhere.resolve("secret.ttf"), "not really a font");
        Files.writeString(theme.resolve("base.css"), "body { margin: 0 }");
        Files.writeString(theme.resolve("theme.properties"), "fonts=Serif|400|serif.ttf\n");
    }

    private ThemeException refused() {
        return assertThrows(ThemeException.class, () -> new ThemeLoader(home).load(theme.toString()));
    }

    @Test
    void aCssFileLinkedFromElsewhereIsRefused() throws IOException {
        Files.createSymbolicLink(theme.resolve("print.css"), elsewhere.resolve("secret.css"));
        assertEquals("theme file 'print.css' is a link to a file outside the theme folder ("
                + elsewhere.toRealPath().resolve("secret.css") + "); copy the file into the folder (" + theme + ")",
                refused().getMessage());
    }

    @Test
    void aFontLinkedFromElsewhereIsRefusedInTheThemeFolderAndInTheFontsFolder() throws IOException {
        Path link = Files.createSymbolicLink(theme.resolve("serif.ttf"), elsewhere.resolve("secret.ttf"));
        assertEquals("font file 'serif.ttf' is a link to a file outside the theme folder ("
                + elsewhere.toRealPath().resolve("secret.ttf") + "); copy the file into the folder (" + theme + ")",
                refused().getMessage());
        Files.delete(link);
        Files.createSymbolicLink(home.resolve("fonts/serif.ttf"), elsewhere.resolve("secret.ttf"));
        assertEquals("font file 'serif.ttf' is a link to a file outside the fonts folder ("
                + elsewhere.toRealPath().resolve("secret.ttf") + "); copy the file into the folder ("
                + home.resolve("fonts") + ")", refused().getMessage());
    }

    @Test
    void aLinkedSubFolderAndAPathUpwardsAreRefused() throws IOException {
        Files.createSymbolicLink(theme.resolve("shared"), elsewhere);
        Files.writeString(theme.resolve("theme.properties"), "fonts=Serif|400|shared/secret.ttf\n");
        assertEquals("font file 'shared/secret.ttf' is a link to a file outside the theme folder ("
                + elsewhere.toRealPath().resolve("secret.ttf") + "); copy the file into the folder (" + theme + ")",
                refused().getMessage());
        Files.writeString(theme.resolve("theme.properties"), "fonts=Serif|400|../elsewhere/secret.ttf\n");
        assertEquals("font file '../elsewhere/secret.ttf' lies outside the theme folder (" + theme
                + "); copy the file into the folder and name it from there", refused().getMessage());
    }

    @Test
    void linksThatStayInsideWork() throws IOException {
        Files.createDirectories(theme.resolve("css"));
        Files.writeString(theme.resolve("css/print.css"), "p { orphans: 3 }");
        Files.createSymbolicLink(theme.resolve("print.css"), Path.of("css/print.css"));
        Files.writeString(home.resolve("fonts/real-serif.ttf"), "font bytes");
        Files.createSymbolicLink(home.resolve("fonts/serif.ttf"), Path.of("real-serif.ttf"));
        Theme t = new ThemeLoader(home).load(theme.toString());
        assertEquals("p { orphans: 3 }", t.outputCss().get("print"));
        assertEquals(home.resolve("fonts/serif.ttf"), t.fonts().get(0).file());
    }
}
