package org.inkstone.render.wechat;

import org.inkstone.HeadlessChromium;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.inkstone.cli.Main;
import org.inkstone.publish.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The WeChat preview page in a real browser: headless Chromium clicks 复制到公众号, and the HTML that
 * reaches the clipboard must be the fragment, byte for byte, with none of the page around it.
 *
 * <p>Debian's {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} are used by explicit
 * path, so Selenium Manager never runs and nothing is downloaded; if either is missing the test
 * fails (it never skips) and says what to install. The page is served by a JDK HttpServer on
 * 127.0.0.1, a secure origin, so the asynchronous clipboard API is available and clipboard
 * permissions can be granted to that exact origin through CDP. The copied HTML is checked twice:
 * as captured from the copy event or the ClipboardItem the page builds (a spy installed before the
 * click), and as read back from the browser's clipboard with {@code navigator.clipboard.read()}.
 *
 * <p>Inputs: a hand-written inline-styled fragment always, and the real pipeline's
 * {@code features.wechat.preview.html} / {@code features.wechat.html} as soon as
 * {@code wechat} is a built format.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WechatPreviewBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A fragment shaped like the renderer's: inline styles only, literal list markers, code with br/nbsp, a callout. */
    static final String FIXTURE = ""
            + "<section style=\"font-size: 16px; color: #2b2926; font-family: -apple-system, BlinkMacSystemFont, &quot;Helvetica Neue&quot;, &quot;PingFang SC&quot;, &quot;Microsoft YaHei&quot;, Arial, sans-serif; line-height: 1.75; letter-spacing: 0.034em; text-align: justify; word-wrap: break-word;\">"
            + "<h2 style=\"margin: 1.8em 0 0.9em 0; padding: 0 0 0 10px; border-left: 4px solid #b5482c; font-size: 1.25em; font-weight: bold; line-height: 1.4;\">一、为什么要写这本小书</h2>"
            + "<p style=\"margin: 0 0 1.1em 0;\">墨是研出来的，字是一笔一画写出来的。这篇文章用 <strong style=\"font-weight: bold; color: #b5482c;\">Inkstone</strong> 排版，"
            + "同一份 Markdown 可以输出网页、PDF、EPUB 和公众号图文；价格 5 元 &amp; 10 元，&lt;标签&gt;照样是文字，“引号”与 ‘单引号’ 都不变 😀。</p>"
            + "<ul style=\"margin: 0 0 1.1em 0; padding: 0; list-style-type: none;\">"
            + "<li style=\"margin: 0 0 0.4em 0; padding: 0 0 0 1.2em; text-indent: -1.2em;\"><span style=\"color: #b5482c;\">•&nbsp;</span>笔：<em style=\"font-style: italic;\">狼毫</em>或羊毫</li>"
            + "<li style=\"margin: 0 0 0.4em 0; padding: 0 0 0 1.2em; text-indent: -1.2em;\"><span style=\"color: #b5482c;\">•&nbsp;</span>墨：松烟、油烟</li>"
            + "<li style=\"margin: 0 0 0.4em 1.2em; padding: 0 0 0 1.2em; text-indent: -1.2em;\"><span style=\"color: #b5482c;\">◦&nbsp;</span>第二层：墨锭要磨到“浓而不滞”</li>"
            + "</ul>"
            + "<ol style=\"margin: 0 0 1.1em 0; padding: 0; list-style-type: none;\">"
            + "<li style=\"margin: 0 0 0.4em 0;\"><span style=\"color: #b5482c;\">1.&nbsp;</span>铺纸</li>"
            + "<li style=\"margin: 0 0 0.4em 0;\"><span style=\"color: #b5482c;\">2.&nbsp;</span>研墨</li>"
            + "</ol>"
            + "<pre style=\"margin: 0 0 1.1em 0; padding: 1em; overflow-x: auto; background: #f6f4f0; border-radius: 4px; font-size: 0.85em; line-height: 1.6; white-space: nowrap; text-align: left;\">"
            + "<code style=\"font-family: Menlo, Consolas, &quot;Courier New&quot;, monospace; color: #2b2926;\">"
            + "<span style=\"color: #a626a4;\">public</span>&nbsp;<span style=\"color: #a626a4;\">static</span>&nbsp;<span style=\"color: #a626a4;\">void</span>&nbsp;main(String[]&nbsp;args)&nbsp;{<br>"
            + "&nbsp;&nbsp;&nbsp;&nbsp;System.out.println(<span style=\"color: #50a14f;\">\"你好，&lt;/script&gt; &amp; 世界\"</span>);<br>"
            + "}</code></pre>"
            + "<section style=\"margin: 1.2em 0; padding: 0.8em 1em; border-left: 4px solid #2f7d4f; background: #eef6f0; border-radius: 4px;\">"
            + "<p style=\"margin: 0 0 0.4em 0; font-weight: bold; color: #2f7d4f;\">💡 提示</p>"
            + "<p style=\"margin: 0;\">粘贴后请在公众号编辑器里检查图片：本地图片需要重新上传，远程图片会被微信自动转存。</p>"
            + "</section>"
            + "<p style=\"margin: 0 0 1.1em 0;\">参考资料见文末<sup style=\"color: #b5482c; font-size: 0.75em; line-height: 0; vertical-align: super;\">[1]</sup>。</p>"
            + "<section style=\"margin: 2.5em 0 0 0; padding: 1em 0 0 0; border-top: 1px solid #e4ded6; color: #6f6a64; font-size: 0.85em; line-height: 1.7;\">"
            + "<p style=\"margin: 0 0 0.6em 0; color: #2b2926; font-weight: bold;\">参考链接</p>"
            + "<p style=\"margin: 0 0 0.4em 0; text-align: left; word-break: break-all;\"><span>[1]</span>CommonMark：https://commonmark.org/</p>"
            + "</section>"
            + "</section>";

    /** One page to test: the preview file and the fragment its button must copy. */
    record Input(String name, Path preview, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Path work;
    private static HttpServer server;
    private static HeadlessChromium chromium;
    private static ChromeDriver driver;
    private static String origin;
    private static final List<String> timings = new ArrayList<>();

    @BeforeAll
    static void startBrowser() throws IOException {
        long t0 = System.nanoTime();
        work = Files.createTempDirectory("inkstone-wechat-preview");

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", WechatPreviewBrowserTest::serve);
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();

        chromium = HeadlessChromium.start("the WeChat preview browser test", "1280,1000");
        driver = chromium.driver();
        driver.manage().timeouts().scriptTimeout(WAIT);
        timings.add(String.format("browser start %d ms", millisSince(t0)));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (chromium != null) chromium.close();
        } finally {
            if (server != null) server.stop(0);
            HeadlessChromium.deleteTree(work);
            System.out.println("[WechatPreviewBrowserTest] " + String.join("; ", timings));
        }
    }

    // ------------------------------------------------------------ inputs

    private static List<Input> inputs;

    /** The fixture always; the real pipeline's output too once {@code wechat} is built. Built once per class. */
    static synchronized Stream<Input> inputs() throws IOException {
        if (inputs == null) {
            List<Input> list = new ArrayList<>();
            list.add(fixture());
            if (pipelineBuilt()) list.add(pipeline());
            inputs = List.copyOf(list);
        }
        return inputs.stream();
    }

    private static boolean pipelineBuilt() {
        return Formats.built().contains("wechat");
    }

    /** target/screenshots/wechat-preview.png shows the real pipeline's page once there is one, the fixture's until then. */
    private static String screenshotName(Input input) {
        return input.name().equals("fixture") && pipelineBuilt() ? "wechat-preview-fixture.png" : "wechat-preview.png";
    }

    private static Input fixture() throws IOException {
        Path dir = Files.createDirectories(work.resolve("fixture"));
        Path preview = dir.resolve("fixture.wechat.preview.html");
        Files.writeString(preview, WechatPreviewPage.page("研墨：一份 Markdown 的四种去处", "zh-Hans", FIXTURE), StandardCharsets.UTF_8);
        return new Input("fixture", preview, FIXTURE);
    }

    /** The real thing: {@code inkstone build features.md --to wechat}. */
    private static Input pipeline() throws IOException {
        Path out = Files.createDirectories(work.resolve("features"));
        long t0 = System.nanoTime();
        int exit = Main.run("build", "src/test/resources/corpus/features.md", "--to", "wechat", "--out", out.toString());
        timings.add(String.format("wechat build of features.md %d ms", millisSince(t0)));
        assertEquals(0, exit, "inkstone build features.md --to wechat failed");
        Path preview = out.resolve("features.wechat.preview.html");
        Path fragment = out.resolve("features.wechat.html");
        assertTrue(Files.isRegularFile(preview), "the build wrote no " + preview.getFileName());
        assertTrue(Files.isRegularFile(fragment), "the build wrote no " + fragment.getFileName());
        String file = Files.readString(fragment, StandardCharsets.UTF_8);
        assertTrue(file.endsWith("</section>\n"), "the fragment file is the root section and a final newline");
        return new Input("features.md", preview, file.substring(0, file.length() - 1));
    }

    // ------------------------------------------------------------ tests

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void copiesTheFragmentWithTheAsyncClipboard(Input input) throws IOException {
        long t0 = System.nanoTime();
        open(input);
        long loaded = System.nanoTime();
        assertEquals(input.fragment(), servedSource(), "the page's copy source is the fragment file");
        installSpies();
        clearClipboard();

        click();
        String result = awaitResult();
        long copied = System.nanoTime();
        assertEquals("clipboard", result, "status: " + status());
        assertTrue(status().startsWith("已复制"), "status line: " + status());

        Map<String, Object> spy = spy();
        assertEquals(input.fragment(), spy.get("itemHtml"), "the text/html blob given to ClipboardItem");
        assertEquals(fragmentText(), spy.get("itemText"), "the text/plain blob given to ClipboardItem");

        Map<String, Object> clip = readClipboard();
        assertNotNull(clip.get("text/html"), "no text/html on the clipboard: " + clip);
        assertEquals(input.fragment(), withoutDocumentWrapper((String) clip.get("text/html")),
                "the HTML on the clipboard is the fragment, exactly (Chromium's async writer re-serialises the"
                + " HTML it is given; a difference here means the fragment is not in the HTML serialiser's"
                + " canonical form, so the editor receives a slightly different but equivalent markup)");
        assertEquals(fragmentText(), clip.get("text/plain"), "the text on the clipboard is the fragment's text");

        Path shot = screenshot(screenshotName(input));
        timings.add(String.format("%s: load %d ms, click→copied %d ms, total %d ms", input.name(),
                nanosToMillis(loaded - t0), nanosToMillis(copied - loaded), millisSince(t0)));
        System.out.println("[WechatPreviewBrowserTest] screenshot " + shot.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void fallsBackToExecCommandWithoutClipboardItem(Input input) {
        long t0 = System.nanoTime();
        open(input);
        installSpies();
        clearClipboard();
        js("window.ClipboardItem = undefined;");

        click();
        assertEquals("execCommand", awaitResult(), "status: " + status());
        assertTrue(status().startsWith("已复制"), "status line: " + status());
        Map<String, Object> spy = spy();
        assertEquals(input.fragment(), spy.get("eventHtml"), "the text/html set in the copy event");
        assertEquals(fragmentText(), spy.get("eventText"), "the text/plain set in the copy event");
        assertEquals(Boolean.TRUE, spy.get("defaultPrevented"), "the copy event's default (the selection) is replaced");
        assertEquals(input.fragment(), readClipboard().get("text/html"), "the HTML on the clipboard is the fragment, exactly");
        timings.add(String.format("%s execCommand path %d ms", input.name(), millisSince(t0)));
    }

    /** How an author really uses it: the file opened from disk, no permission granted beforehand. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void copiesFromAFileUrlWithoutGrantedPermissions(Input input) {
        long t0 = System.nanoTime();
        driver.get(input.preview().toUri().toString());
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        clearClipboard();
        driver.executeCdpCommand("Browser.resetPermissions", Map.of()); // back to a browser's defaults
        installSpies();

        click();
        String result = awaitResult();
        assertTrue(result.equals("clipboard") || result.equals("execCommand"), "result " + result + ", status: " + status());
        assertTrue(status().startsWith("已复制"), "status line: " + status());
        Map<String, Object> spy = spy();
        assertEquals(input.fragment(), spy.get(result.equals("clipboard") ? "itemHtml" : "eventHtml"));

        // Only now may the test read the clipboard back (permissions for every origin, since file: has none of its own).
        driver.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        String html = (String) readClipboard().get("text/html");
        assertEquals(input.fragment(), result.equals("clipboard") ? withoutDocumentWrapper(html) : html);
        timings.add(String.format("%s from file:// (%s) %d ms", input.name(), result, millisSince(t0)));
    }

    @Test
    void fallsBackToExecCommandWhenTheWriteIsRefused() throws IOException {
        long t0 = System.nanoTime();
        Input input = fixture();
        open(input);
        installSpies();
        clearClipboard();
        js("navigator.clipboard.write = function () {"
                + " return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')); };");

        click();
        assertEquals("execCommand", awaitResult(), "status: " + status());
        assertTrue(status().startsWith("已复制"), "status line: " + status());
        assertEquals(input.fragment(), spy().get("eventHtml"));
        assertEquals(input.fragment(), readClipboard().get("text/html"));
        timings.add(String.format("write refused → execCommand %d ms", millisSince(t0)));
    }

    @Test
    void saysSoWhenNothingWorks() throws IOException {
        long t0 = System.nanoTime();
        open(fixture());
        js("window.ClipboardItem = undefined; document.execCommand = function () { return false; };");

        click();
        assertEquals("failed", awaitResult());
        assertTrue(status().startsWith("复制失败："), "status line: " + status());
        assertTrue(status().contains("手动"), "the status line says what to do: " + status());
        assertEquals(Boolean.TRUE, js("""
                var f = document.getElementById('wechat-fragment'), s = window.getSelection();
                if (s.rangeCount !== 1) return false;
                var r = s.getRangeAt(0);
                return f.contains(r.commonAncestorContainer) && r.toString() === f.textContent;
                """), "the fragment, and only the fragment, is left selected for a manual copy");
        timings.add(String.format("nothing works → failed %d ms", millisSince(t0)));
    }

    // ------------------------------------------------------------ browser helpers

    private static void open(Input input) {
        String path = "/" + work.relativize(input.preview()).toString().replace(File.separatorChar, '/');
        driver.get(origin + path);
        // Clipboard access for this origin only; focus emulation because a headless page has no OS focus.
        driver.executeCdpCommand("Browser.grantPermissions", Map.of(
                "origin", origin,
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        new WebDriverWait(driver, WAIT).until(d -> "null".equals(String.valueOf(js("return window.__inkstoneCopyResult === null ? 'null' : 'unset';"))));
    }

    private static void click() {
        driver.findElement(By.id("copy-button")).click();
    }

    private static String awaitResult() {
        return new WebDriverWait(driver, WAIT)
                .withMessage("window.__inkstoneCopyResult was never set after the click")
                .until(d -> (String) js("return window.__inkstoneCopyResult;"));
    }

    private static String status() {
        return driver.findElement(By.id("copy-status")).getText();
    }

    private static String servedSource() {
        return (String) js("return JSON.parse(document.getElementById('wechat-source').textContent);");
    }

    private static String fragmentText() {
        return (String) js("return document.getElementById('wechat-fragment').innerText;");
    }

    /**
     * Records what the page hands to the clipboard: the blobs of every ClipboardItem it builds, and
     * every {@code setData} during a copy event (wrapping the prototype sees the page's own
     * one-shot listener, whatever phase it listens in).
     */
    private static void installSpies() {
        js("""
            var spy = window.__spy = {};
            var RealItem = window.ClipboardItem;
            if (typeof RealItem === 'function') {
              window.ClipboardItem = function (items, opts) {
                if (items['text/html']) items['text/html'].text().then(function (t) { spy.itemHtml = t; });
                if (items['text/plain']) items['text/plain'].text().then(function (t) { spy.itemText = t; });
                return new RealItem(items, opts);
              };
            }
            var realSetData = DataTransfer.prototype.setData;
            DataTransfer.prototype.setData = function (type, data) {
              if (type === 'text/html') spy.eventHtml = data;
              if (type === 'text/plain') spy.eventText = data;
              return realSetData.call(this, type, data);
            };
            window.addEventListener('copy', function (e) { spy.defaultPrevented = e.defaultPrevented; }, false);
            """);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spy() {
        // The blobs are read asynchronously: wait until the ones the page built have been read.
        new WebDriverWait(driver, WAIT).until(d -> (Boolean) js(
                "var s = window.__spy; return !!s && (s.eventHtml !== undefined || s.itemHtml !== undefined && s.itemText !== undefined);"));
        return (Map<String, Object>) js("return window.__spy;");
    }

    private static void clearClipboard() {
        Object r = driver.executeAsyncScript("""
            var done = arguments[arguments.length - 1];
            navigator.clipboard.writeText('').then(function () { done('ok'); }, function (e) { done(String(e)); });
            """);
        assertEquals("ok", r, "could not clear the clipboard before the test");
    }

    /** Everything on the clipboard, type → text, read back through the page's origin. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> readClipboard() {
        Object r = driver.executeAsyncScript("""
            var done = arguments[arguments.length - 1];
            navigator.clipboard.read({ unsanitized: ['text/html'] }).then(async function (items) {
              var out = {};
              for (var i = 0; i < items.length; i++) {
                for (var j = 0; j < items[i].types.length; j++) {
                  var type = items[i].types[j];
                  out[type] = await (await items[i].getType(type)).text();
                }
              }
              done(out);
            }).catch(function (e) { done({ error: String(e) }); });
            """);
        Map<String, Object> clip = (Map<String, Object>) r;
        assertTrue(!clip.containsKey("error"), "navigator.clipboard.read() failed: " + clip.get("error"));
        return clip;
    }

    /**
     * Chromium's asynchronous clipboard writer does not store {@code text/html} as given: it parses
     * it and writes the serialised document, {@code <html><head></head><body>…</body></html>}
     * (seen with Chromium 150; the copy-event path stores the string as given). This removes exactly
     * that wrapper and nothing else, so what is compared is the markup inside it, byte for byte.
     */
    static String withoutDocumentWrapper(String html) {
        String open = "<html><head></head><body>", close = "</body></html>";
        if (html.startsWith(open) && html.endsWith(close)) {
            return html.substring(open.length(), html.length() - close.length());
        }
        return html;
    }

    private static Path screenshot(String name) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16000);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = SCREENSHOTS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        return file;
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    // ------------------------------------------------------------ plumbing

    /** Serves the files under {@link #work}, nothing else. */
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = work.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(work) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".png") ? "image/png"
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                    : name.endsWith(".svg") ? "image/svg+xml"
                    : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static long millisSince(long t0) {
        return nanosToMillis(System.nanoTime() - t0);
    }

    private static long nanosToMillis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

}
