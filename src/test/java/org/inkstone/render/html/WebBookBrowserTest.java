package org.inkstone.render.html;

import org.inkstone.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The fixture's web book in headless Chromium, opened from disk ({@code file://}) as a reader would:
 * a click on a sidebar link opens that chapter's page (its heading, its mark in the sidebar, its image
 * loaded); the search box finds text through {@code search-index.js} and opens the result; on a
 * narrow window the sidebar stands above the text. Chromium and its driver are Debian's, started by
 * explicit path as in the WeChat preview's browser test: the test fails, never skips, without them.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WebBookBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Dimension WIDE = new Dimension(1280, 900);

    private static Path work;
    private static Path book;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;

    @BeforeAll
    static void buildAndStartBrowser() throws IOException {
        work = Files.createTempDirectory("inkstone-web-book");
        book = TeaBook.build(work.resolve("out")).book();
        chromium = HeadlessChromium.start("the web book's browser test", "1280,900");
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (chromium != null) chromium.close();
        } finally {
            HeadlessChromium.deleteTree(work);
        }
    }

    @AfterEach
    void wideAgain() {
        driver.manage().window().setSize(WIDE);
    }

    @Test
    void aClickOnASidebarLinkOpensThatChaptersPage() throws IOException {
        open("index.html");
        assertEquals("茶事小记", driver.findElement(By.cssSelector("main h1.title")).getText());
        assertEquals("fixed", js("return getComputedStyle(document.querySelector('nav.book-sidebar')).position;"),
                "book.css is loaded: the sidebar stands beside the text");

        sidebarLink("水与器").click();
        waitFor("part2/water.html");
        assertEquals("水与器", driver.findElement(By.cssSelector("main article h1")).getText());
        WebElement current = driver.findElement(By.cssSelector("nav.book-sidebar a[aria-current=page]"));
        assertEquals("水与器", current.getText());
        assertTrue(current.getAttribute("class").contains("current"));
        assertEquals(Boolean.TRUE, js("var img = document.querySelector('img[alt=\"茶杯\"]'); return img.complete && img.naturalWidth > 0;"),
                "the chapter's image is found from the page in its subfolder");
        screenshot("web-book.png");

        driver.findElements(By.cssSelector("main article a")).stream().filter(a -> a.getText().equals("序")).findFirst()
                .orElseThrow().click(); // a link in the text, to a chapter one folder up
        waitFor("preface.html#%E5%BA%8F");
        assertEquals("序", driver.findElement(By.cssSelector("main article h1")).getText());
        driver.findElement(By.cssSelector("nav.book-pager a[rel=next]")).click();
        waitFor("part1/green.html");
        assertEquals("绿茶", driver.findElement(By.cssSelector("main article h1")).getText());
    }

    @Test
    void theSearchBoxFindsTextInAnotherChapterAndOpensIt() {
        open("part1/green.html");
        WebElement input = driver.findElement(By.id("book-search-input"));
        assertTrue(input.isDisplayed(), "the script shows the search box");
        input.sendKeys("紫砂");
        List<WebElement> results = new WebDriverWait(driver, WAIT).withMessage("no search results for 紫砂")
                .until(d -> {
                    List<WebElement> found = d.findElements(By.cssSelector("#book-search-results a"));
                    return found.isEmpty() ? null : found;
                });
        assertEquals(List.of("序", "水与器 › 器具"), results.stream().map(r -> r.findElement(By.className("book-search-title")).getText()).toList(),
                "in the book's order");
        assertEquals("紫砂", results.get(1).findElement(By.tagName("mark")).getText());
        assertEquals("找到 2 处", driver.findElement(By.id("book-search-status")).getText());
        screenshot("web-book-search.png");

        results.get(1).click();
        waitFor("part2/water.html#%E5%99%A8%E5%85%B7");
        assertEquals("器具", js("return document.getElementById(decodeURIComponent(location.hash.slice(1))).textContent;"));

        WebElement again = driver.findElement(By.id("book-search-input"));
        again.sendKeys("咖啡馆");
        new WebDriverWait(driver, WAIT).until(d -> "没有找到".equals(d.findElement(By.id("book-search-status")).getText()));
    }

    @Test
    void onANarrowWindowTheSidebarStandsAboveTheText() {
        driver.manage().window().setSize(new Dimension(420, 900));
        open("part1/longjing.html");
        assertEquals("static", js("return getComputedStyle(document.querySelector('nav.book-sidebar')).position;"));
        Number navBottom = (Number) js("return document.querySelector('nav.book-sidebar').getBoundingClientRect().bottom;");
        Number mainTop = (Number) js("return document.querySelector('main').getBoundingClientRect().top;");
        assertTrue(mainTop.doubleValue() >= navBottom.doubleValue(), "main at " + mainTop + ", sidebar ends at " + navBottom);
        Number textLeft = (Number) js("return document.querySelector('main article h2').getBoundingClientRect().left;");
        assertTrue(textLeft.doubleValue() < 60, "the text uses the window's width: starts at " + textLeft);
        screenshot("web-book-narrow.png");
    }

    // ---------------------------------------------------------------- helpers

    private static void open(String page) {
        driver.get(book.resolve(page).toUri().toString());
    }

    private static WebElement sidebarLink(String title) {
        return driver.findElements(By.cssSelector("nav.book-sidebar ol.book-contents a")).stream()
                .filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no sidebar link " + title));
    }

    private static void waitFor(String urlEnd) {
        new WebDriverWait(driver, WAIT).withMessage(() -> "expected a page ending " + urlEnd + ", at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().endsWith(urlEnd) && "complete".equals(js("return document.readyState;")));
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            System.out.println("[WebBookBrowserTest] no screenshot " + name + ": " + e.getMessage());
        }
    }
}
