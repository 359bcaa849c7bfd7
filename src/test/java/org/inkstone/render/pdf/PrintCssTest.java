package org.inkstone.render.pdf;

import org.inkstone.options.PageSize;
import org.inkstone.options.RequestedOptions;
import org.inkstone.font.FontFace;
import org.inkstone.theme.Theme;
import org.inkstone.theme.ThemeLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The print CSS of every bundled theme: each font stack ends in a face the PDF embeds. */
class PrintCssTest {
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family\\s*:\\s*([^;}]+)");

    @Test
    void everyFontStackEndsInAnEmbeddedFace() {
        ThemeLoader loader = new ThemeLoader(Path.of("").toAbsolutePath());
        for (String name : loader.available()) {
            Theme theme = loader.load(name);
            Set<String> embedded = new HashSet<>();
            for (FontFace f : theme.fonts()) embedded.add(f.family().toLowerCase(Locale.ROOT));
            assertTrue(!embedded.isEmpty(), name + ": the theme names the faces the PDF embeds (fonts=)");
            Set<String> reachable = new HashSet<>(embedded);
            reachable.addAll(FontRegistry.PROPORTIONAL_GENERICS);
            reachable.add("monospace");
            reachable.add("inherit");
            Matcher m = FONT_FAMILY.matcher(theme.css("print").replaceAll("(?s)/\\*.*?\\*/", ""));
            int stacks = 0;
            while (m.find()) {
                List<String> families = List.of(m.group(1).split(","));
                String last = families.get(families.size() - 1).strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
                assertTrue(reachable.contains(last), name + ": the stack " + m.group(1).strip()
                        + " ends in '" + last + "', which the PDF has no embedded face for");
                stacks++;
            }
            assertTrue(stacks > 10, "stacks checked: " + stacks);
        }
    }

    @Test
    void pageSizes() {
        assertEquals("A4", PageSetup.of(PageSize.parse("a4").orElseThrow()).name());
        assertEquals("Letter", PageSetup.of(PageSize.parse(" letter ").orElseThrow()).name());
        assertTrue(PageSize.parse("A3").isEmpty(), "not a size we know");
        assertEquals(PageSize.A4, RequestedOptions.defaults().pdf().pageSize(), "A4 by default");
        assertEquals(176, PageSetup.of(PageSize.B5).widthMm());
        assertEquals(215.9, PageSetup.of(PageSize.LETTER).widthMm());
        assertTrue(PageSetup.of(PageSize.A5).css().contains("size: 148mm 210mm"), PageSetup.of(PageSize.A5).css());
    }
}
