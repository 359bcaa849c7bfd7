package org.inkstone.theme;

import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accent a build uses, and a theme style sheet in it. */
class ThemeColoursTest {
    private static final Map<String, String> PROPERTIES = Map.of("accent", "#b5452a", "accent-tints", "#e7c3b8, #9c3a22");

    private static ThemeColours colours(Map<String, String> properties, String accent, Diagnostics diagnostics) {
        Theme theme = new Theme("t", properties, "", Map.of(), List.of(), List.of());
        return ThemeColours.of(theme, accent.isEmpty() ? null : new Colour(accent), diagnostics);
    }

    private static ThemeColours colours(String accent) {
        return colours(PROPERTIES, accent, new Diagnostics("t.md"));
    }

    @Test
    void theChosenAccentReplacesTheThemesInEverySpelling() {
        String css = "h2 { border-left: 4px solid #b5452a } a { color: #B5452A } .x { --accent: #b5452a }";
        assertEquals("h2 { border-left: 4px solid #0a7f3f } a { color: #0a7f3f } .x { --accent: #0a7f3f }",
                colours("#0A7F3F").css(css));
        assertEquals("p { color: #0a7f3f; border: 1px solid #0a7f3f }",
                colours("#0a7f3f").css("p { color: var(--accent); border: 1px solid var( --accent , #123456) }"));
        ThemeColours shortAccent = colours(Map.of("accent", "#a00"), "#0a7f3f", new Diagnostics("t.md"));
        assertEquals("a { color: #0a7f3f; background: #0a7f3f }", shortAccent.css("a { color: #a00; background: #aa0000 }"));
    }

    @Test
    void otherColoursAndLookAlikesStay() {
        String css = "p { color: #b5452a80; background: #2b2926 } #b5452a-note { color: #b54 }";
        assertEquals(css, colours("#0a7f3f").css(css));
        String theme = "a { color: #b5452a; border-bottom: 1px solid #e7c3b8 } p { color: var(--accent) }";
        assertEquals("a { color: #b5452a; border-bottom: 1px solid #e7c3b8 } p { color: #b5452a }", colours("").css(theme),
                "without a choice, only var(--accent) changes: to the theme's accent");
    }

    @Test
    void tintsBecomeTheSameMixOfTheChosenAccent() {
        // #e7c3b8 is about two thirds white, one third #b5452a; #9c3a22 is #b5452a with about a seventh black
        assertEquals("#afd5c0", ThemeColours.mixLike("#e7c3b8", "#b5452a", "#0a7f3f"));
        assertEquals("#096d36", ThemeColours.mixLike("#9c3a22", "#b5452a", "#0a7f3f"));
        assertEquals("a { border-bottom: 1px solid #afd5c0 } a:hover { color: #096d36 }",
                colours("#0a7f3f").css("a { border-bottom: 1px solid #e7c3b8 } a:hover { color: #9c3a22 }"));
        int[] back = {0xe7, 0xc3, 0xb8};
        String again = ThemeColours.mixLike("#e7c3b8", "#b5452a", "#b5452a");
        for (int i = 0; i < 3; i++) {
            int c = Integer.parseInt(again.substring(1 + 2 * i, 3 + 2 * i), 16);
            assertTrue(Math.abs(c - back[i]) <= 6, "the mix of the theme's own accent is close to the tint: " + again);
        }
    }

    @Test
    void aThemeWithoutAnAccentStillResolvesTheVariable() {
        Diagnostics d = new Diagnostics("t.md");
        assertEquals("a { color: #b5452a }", colours(Map.of(), "", d).css("a { color: var(--accent) }"));
        assertEquals("a { color: #0a7f3f }", colours(Map.of(), "#0a7f3f", d).css("a { color: var(--accent) }"));
        assertEquals(List.of(), d.all());
    }

    @Test
    void aThemeWithoutAccentPropertyIsRecolouredFromTheDefaultOrItsOwnVariable() {
        Diagnostics d = new Diagnostics("t.md");
        // no accent=: the theme's literal colours are taken to be the default accent
        assertEquals("h2 { border-color: #0066cc }", colours(Map.of(), "#0066cc", d).css("h2 { border-color: #B5452A }"));
        // no accent=, but base.css sets --accent: that is the theme's accent, used as it is without --accent
        String base = ":root { --accent: #0a7f3f; }\na { color: var(--accent) }\nh2 { color: #0a7f3f }";
        Theme own = new Theme("t", Map.of(), base, Map.of(), List.of(), List.of());
        ThemeColours kept = ThemeColours.of(own, null, d);
        assertEquals("#0a7f3f", kept.accent());
        assertTrue(kept.css(base).endsWith("a { color: #0a7f3f }\nh2 { color: #0a7f3f }"), kept.css(base));
        ThemeColours chosen = ThemeColours.of(own, new Colour("#0066cc"), d);
        assertTrue(chosen.css(base).endsWith("a { color: #0066cc }\nh2 { color: #0066cc }"), chosen.css(base));
        assertEquals(List.of(), d.all());
    }

    @Test
    void printTextColourComesFromTheTheme() {
        Diagnostics d = new Diagnostics("t.md");
        assertEquals("#1f1d1b", colours(Map.of(), "", d).printText(), "the default theme's value when a theme names none");
        assertEquals("#123456", colours(Map.of("print-text-colour", "#123456"), "", d).printText());
        assertEquals(List.of(), d.all());
        assertEquals("#1f1d1b", colours(Map.of("print-text-colour", "black"), "", d).printText());
        assertEquals(1, d.all().size());
        assertTrue(d.all().get(0).message().contains("print-text-colour is 'black'"), d.all().toString());
    }
}
