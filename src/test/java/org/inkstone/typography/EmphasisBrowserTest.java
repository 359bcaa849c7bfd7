package org.inkstone.typography;

import org.inkstone.HeadlessChromium;
import org.inkstone.options.AutoSwitch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Emphasis as Chromium shows the web page, the EPUB's chapter and the WeChat preview of stress.md: {@code *强调的中文*}
 * is upright with a filled dot under each character ({@code text-emphasis}, which Chromium draws: the emphasis looks
 * different once the marks are taken away), {@code *emphasis in English*} stays italic without dots, and bold text
 * is set in a real bold face (the EPUB's embedded LXGW WenKai 700 is loaded).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmphasisBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static Path work;
    private static TypesetPages.Built stress;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStart() throws IOException {
        work = Files.createTempDirectory("inkstone-emphasis");
        stress = TypesetPages.build(TypesetPdfs.STRESS, work.resolve("stress"), AutoSwitch.ON);
        chromium = HeadlessChromium.start("the emphasis browser test", "720,900");
        driver = chromium.driver();
        driver.manage().window().setSize(new Dimension(720, 900));
    }

    @AfterAll
    static void stop() throws IOException {
        try {
            if (chromium != null) chromium.close();
        } finally {
            HeadlessChromium.deleteTree(work);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"web page", "EPUB", "WeChat preview"})
    void chineseEmphasisHasDotsUnderItsCharactersAndLatinEmphasisIsItalic(String output) throws IOException {
        open(output);
        WebElement chinese = emphasis("强调的中文");
        assertEquals("normal", style(chinese, "fontStyle"), "no slant on Han text");
        assertEquals("400", style(chinese, "fontWeight"), "dots alone (an EPUB reader without them shows bold)");
        // the computed values leave out what is the default: "filled", and "right" (which only vertical text uses)
        assertEquals("dot", style(chinese, "webkitTextEmphasisStyle").replace("filled ", ""));
        assertEquals("under", style(chinese, "webkitTextEmphasisPosition").replace(" right", ""));

        WebElement latin = emphasis("emphasis in English");
        assertEquals("italic", style(latin, "fontStyle"));
        assertEquals("none", style(latin, "webkitTextEmphasisStyle"));

        // the marks lie below the emphasis's own box: its paragraph is what shows them
        WebElement paragraph = (WebElement) js("return arguments[0].closest('p');", chinese);
        byte[] dotted = paragraph.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("emphasis-" + output.replace(' ', '-').toLowerCase() + ".png"), dotted);
        js("arguments[0].style.setProperty('-webkit-text-emphasis', 'none'); arguments[0].style.setProperty('text-emphasis', 'none');", chinese);
        byte[] plain = paragraph.getScreenshotAs(OutputType.BYTES);
        assertFalse(Arrays.equals(dotted, plain), "Chromium draws the dots: the emphasis differs without them");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPUB"})
    void boldTextIsSetInTheEmbeddedBoldFace(String output) {
        open(output);
        WebElement bold = driver.findElements(By.cssSelector("strong")).stream().filter(e -> e.getText().equals("加粗"))
                .findFirst().orElseThrow();
        assertEquals("700", style(bold, "fontWeight"));
        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) js("return [...document.fonts].filter(f => f.status === 'loaded')"
                + ".map(f => f.family.replace(/\"/g, '') + ' ' + f.weight);");
        assertTrue(loaded.contains("LXGW WenKai 700"), "the embedded bold face is used: " + loaded);
    }

    private void open(String output) {
        Path page = switch (output) {
            case "web page" -> stress.webPage();
            case "EPUB" -> stress.epubChapter();
            case "WeChat preview" -> stress.wechatPreview();
            default -> throw new IllegalArgumentException(output);
        };
        driver.get(page.toUri().toString());
        ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done(null));");
    }

    private WebElement emphasis(String text) {
        return driver.findElements(By.cssSelector("em")).stream().filter(e -> e.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no <em> reads " + text));
    }

    private String style(WebElement e, String property) {
        return String.valueOf(js("return getComputedStyle(arguments[0])[arguments[1]];", e, property));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
