package org.inkstone.options;

import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Metadata;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.publish.Formats;
import org.inkstone.theme.Colour;
import org.inkstone.theme.Theme;
import org.inkstone.transform.Transforms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every option resolved once: the command line, then the front matter, then the theme; bad front-matter values warned about once, at their line. */
class OptionsResolverTest {
    private static final Theme THEME = new Theme("t", Map.of("accent", "#b5452a", "wechat-font-size", "15px"), "",
            Map.of(), List.of(), List.of());

    private static Metadata frontMatter(String yaml, Diagnostics d) {
        String source = "---\n" + yaml + "---\n\n正文。\n";
        d.source(source);
        return new MarkdownReader().read(source, "t", d).metadata();
    }

    private static OutputOptions resolve(RequestedOptions requested, String yaml, Diagnostics d) {
        return OptionsResolver.resolve(requested, frontMatter(yaml, d), THEME, d);
    }

    @Test
    void theCommandLineWinsOverTheFrontMatterWhichWinsOverTheTheme() {
        Diagnostics d = new Diagnostics("t.md");
        String yaml = "title: 选项\naccent: \"#0a7\"\nfont-size: 17px\nimage-base: https://cdn.example.com/a\ncjk-spacing: \"off\"\n";
        // the folder URL gets its closing slash
        assertResolved(resolve(RequestedOptions.defaults(), yaml, d), "#00aa77", "17px", "https://cdn.example.com/a/", AutoSwitch.OFF);

        RequestedOptions cli = RequestedOptions.builder().accent(new Colour("#123456"))
                .fontSize(FontSize.parse("14.5px").orElseThrow()).imageBase("https://img.example.org/b/")
                .cjkSpacing(AutoSwitch.ON).build();
        assertResolved(resolve(cli, yaml, d), "#123456", "14.5px", "https://img.example.org/b/", AutoSwitch.ON);
        // the theme's accent and wechat-font-size
        assertResolved(resolve(RequestedOptions.defaults(), "title: 无选项\n", d), "#b5452a", "15px", "", AutoSwitch.AUTO);
        assertEquals(List.of(), d.all());
    }

    private static void assertResolved(OutputOptions o, String accent, String fontSize, String imageBase, AutoSwitch spacing) {
        assertEquals(List.of(accent, fontSize, imageBase, spacing),
                List.of(o.colours().accent(), o.wechat().fontSize().css(), o.wechat().imageBase(), o.cjkSpacing()));
    }

    @Test
    void aBadFrontMatterValueIsOneWarningAtItsLineAndTheNextSourceIsUsed() {
        Diagnostics d = new Diagnostics("t.md");
        String yaml = "title: 写错了\naccent: green\nfont-size: 30px\n\"cjk-spacing\": maybe\n";
        assertResolved(resolve(RequestedOptions.defaults(), yaml, d), "#b5452a", "15px", "", AutoSwitch.AUTO);
        List<String> messages = d.all().stream().map(Diagnostic::format).toList();
        assertEquals(List.of(
                "t.md:3: warning: accent colour 'green' is not of the form #RRGGBB (for example #b5452a); using the theme's #b5452a",
                "t.md:4: warning: font size '30px' must be between 14px and 18px (WeChat readers read 15–17px best); using the theme's 15px",
                "t.md:5: warning: front matter cjk-spacing 'maybe' takes auto, on or off; using auto"), messages);
    }

    @Test
    void aCommandLineChoiceSilencesTheFrontMattersBadValue() {
        Diagnostics d = new Diagnostics("t.md");
        OutputOptions o = resolve(RequestedOptions.builder().accent(new Colour("#0066cc")).build(), "accent: green\n", d);
        assertEquals("#0066cc", o.colours().accent());
        assertEquals(List.of(), d.all(), "the front matter's accent is not used, so it is not judged");
    }

    @Test
    void eachOutputAsksForHanLatinSpacingAsItsOwnTransform() {
        OutputOptions auto = resolve(RequestedOptions.defaults(), "title: t\n", new Diagnostics("t.md"));
        OutputOptions on = resolve(RequestedOptions.builder().cjkSpacing(AutoSwitch.ON).build(), "title: t\n", new Diagnostics("t.md"));
        OutputOptions off = resolve(RequestedOptions.defaults(), "cjk-spacing: \"off\"\n", new Diagnostics("t.md"));
        for (String format : Formats.built()) {
            var renderer = Formats.renderer(format);
            assertEquals(List.of(Transforms.HAN_LATIN_SPACING), renderer.transforms(auto), format + " with auto (on in every output)");
            assertEquals(List.of(Transforms.HAN_LATIN_SPACING), renderer.transforms(on), format + " with on");
            assertTrue(renderer.transforms(off).isEmpty(), format + " with off");
        }
    }

    @Test
    void valuesParseOrAreRefused() {
        assertEquals(AutoSwitch.ON, AutoSwitch.parse(" Yes ").orElseThrow());
        assertTrue(AutoSwitch.parse("maybe").isEmpty());
        assertTrue(AutoSwitch.AUTO.on(true) && !AutoSwitch.AUTO.on(false) && AutoSwitch.ON.on(false) && !AutoSwitch.OFF.on(true));
        assertEquals(PageSize.LETTER, PageSize.parse("letter").orElseThrow());
        assertEquals(List.of("A4", "A5", "B5", "Letter"), PageSize.labels());
        assertTrue(FontSize.parse("18px").isPresent() && FontSize.parse("16.5px").isPresent());
        assertFalse(FontSize.parse("18.5px").isPresent() || FontSize.parse("13px").isPresent() || FontSize.parse("16").isPresent());
        assertEquals(16.5f, FontSize.parse("16.5px").orElseThrow().px());
        assertEquals("#aabbcc", Colour.parse(" #ABC ").orElseThrow().hex());
        assertTrue(Colour.parse("blue").isEmpty() && Colour.parse("#12345").isEmpty());
    }
}
