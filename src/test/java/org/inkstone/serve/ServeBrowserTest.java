package org.inkstone.serve;

import org.inkstone.HeadlessChromium;
import org.inkstone.asset.AssetPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workspace in a real browser: open {@code /}, change the source, the WeChat view shows the new text
 * (no reload by hand), and the copy button puts the current fragment on the clipboard (read through a
 * hook on {@code navigator.clipboard.write} installed by the test).
 */
class ServeBrowserTest {
    @TempDir Path dir;

    @Test
    void aSaveShowsInTheOpenWorkspaceAndTheCopyButtonCopiesTheCurrentFragment() throws Exception {
        Path md = dir.resolve("live.md");
        Files.writeString(md, "---\ntitle: 实时预览\n---\n\n第一版：旧的文字。\n");
        PreviewServer.Settings settings = PreviewServer.Settings.of(md, 0, b -> b, new PrintStream(OutputStream.nullOutputStream()))
                .withFormats(List.of("wechat", "html")).withAssets(AssetPolicy.defaults().withOffline(true));
        try (PreviewServer server = PreviewServer.start(settings);
             HeadlessChromium chromium = HeadlessChromium.start("ServeBrowserTest", "1280,900")) {
            ChromeDriver driver = chromium.driver();
            driver.get(server.url().toString());
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(90));
            wait.until(d -> fragmentText(d).contains("旧的文字"));
            Files.writeString(md, "---\ntitle: 实时预览\n---\n\n第二版：新的文字 inkstone-live。\n");
            wait.until(d -> fragmentText(d).contains("新的文字 inkstone-live"));

            driver.switchTo().defaultContent();
            driver.switchTo().frame("wechat-frame");
            JavascriptExecutor js = driver;
            js.executeScript("window.__copied = null;"
                    + "navigator.clipboard.write = function(items){ return items[0].getType('text/html')"
                    + ".then(function(b){ return b.text(); }).then(function(t){ window.__copied = t; }); };");
            driver.findElement(By.id("copy-button")).click();
            wait.until(d -> ((JavascriptExecutor) d).executeScript("return window.__copied") != null);
            String copied = (String) js.executeScript("return window.__copied");
            String current = (String) js.executeScript("return JSON.parse(document.getElementById('wechat-source').textContent)");
            assertEquals(current, copied, "the clipboard does not hold the current fragment");
            assertTrue(copied.contains("新的文字 inkstone-live"), copied);
            assertEquals("clipboard", js.executeScript("return window.__inkstoneCopyResult"));
        }
    }

    /** The WeChat view's text inside the workspace's frame ("" while it loads). */
    private static String fragmentText(WebDriver d) {
        try {
            d.switchTo().defaultContent();
            d.switchTo().frame("wechat-frame");
            List<org.openqa.selenium.WebElement> found = d.findElements(By.id("wechat-fragment"));
            return found.isEmpty() ? "" : found.get(0).getText();
        } catch (org.openqa.selenium.WebDriverException e) {
            return "";
        }
    }
}
