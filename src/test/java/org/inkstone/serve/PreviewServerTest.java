package org.inkstone.serve;

import org.inkstone.publish.Inkstone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The preview server over real HTTP on loopback: paths and their types, refusals, rebuilds, stopping. */
class PreviewServerTest {
    @TempDir Path dir;
    private final BlockingQueue<BuildEvent> events = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewServer server;

    @AfterEach
    void stop() throws IOException {
        if (server != null) server.close();
    }

    private Path article(String body) throws IOException {
        Path md = dir.resolve("note.md");
        Files.writeString(md, "---\ntitle: 预览测试\n---\n\n" + body + "\n");
        return md;
    }

    private void start(Path input, List<String> formats, UnaryOperator<Inkstone.Builder> setup, List<Path> watched) throws IOException {
        PreviewServer.Settings settings = PreviewServer.Settings.of(input, 0, setup, new PrintStream(terminal, true, StandardCharsets.UTF_8))
                .withFormats(formats).withWatched(watched).withListener(events::add).withAssets(
                        org.inkstone.asset.AssetPolicy.defaults().withOffline(true));
        server = PreviewServer.start(settings);
    }

    private BuildEvent awaitBuild(String format) throws InterruptedException {
        while (true) {
            BuildEvent e = events.poll(120, TimeUnit.SECONDS);
            if (e == null) fail("no build of " + format + " within 120 s; terminal:\n" + terminal.toString(StandardCharsets.UTF_8));
            if (e.format().equals(format) || !e.ok()) return e;
        }
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    private String type(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.headers().firstValue("Content-Type").orElse("");
    }

    /** A request as typed, so that the path and the Host header reach the server unchanged. */
    private String raw(String path, String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return response.substring(0, response.indexOf("\r\n"));
        }
    }

    @Test
    void eachPathHasItsContentType() throws Exception {
        Files.copy(Path.of("examples/images/cost.png"), dir.resolve("cost.png"));
        start(article("正文第一段。\n\n![成本](cost.png)"), PreviewServer.BUILD_ORDER, b -> b, List.of());
        assertTrue(awaitBuild("pdf").ok(), terminal.toString(StandardCharsets.UTF_8));
        assertEquals("text/html; charset=utf-8", type("/"));
        assertEquals("application/json; charset=utf-8", type("/status"));
        assertEquals("text/html; charset=utf-8", type("/wechat"));
        assertEquals("text/html; charset=utf-8", type("/html"));
        assertEquals("application/pdf", type("/pdf"));
        assertEquals("application/epub+zip", type("/epub"));
        assertEquals("image/png", type("/cost.png"));
        Matcher chapter = Pattern.compile("\"epubChapters\":\\[\"([^\"]+)\"").matcher(text("/status"));
        assertTrue(chapter.find(), text("/status"));
        assertEquals("application/xhtml+xml; charset=utf-8", type("/epub/" + chapter.group(1)));
        String xhtml = text("/epub/" + chapter.group(1));
        Matcher css = Pattern.compile("href=\"([^\"]+\\.css)\"").matcher(xhtml);
        assertTrue(css.find(), xhtml);
        String cssPath = URI.create("http://x/epub/" + chapter.group(1)).resolve(css.group(1)).getPath();
        assertEquals("text/css; charset=utf-8", type(cssPath));
        assertTrue(text("/wechat").contains("复制到公众号"));
        assertTrue(text("/wechat").contains("正文第一段"));
        assertTrue(new String(get("/pdf").body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
    }

    @Test
    void traversalLinksOutAndForeignHostsAreRefused() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        Path project = Files.createDirectories(dir.resolve("project"));
        Path md = project.resolve("note.md");
        Files.writeString(md, "# 标题\n\n正文。\n");
        Files.createSymbolicLink(project.resolve("link.txt"), outside.resolve("secret.txt"));
        Files.writeString(project.resolve("inside.txt"), "inside");
        start(md, List.of("wechat"), b -> b, List.of());
        assertTrue(awaitBuild("wechat").ok());
        String host = "127.0.0.1:" + server.port();
        assertEquals("HTTP/1.1 200 OK", raw("/inside.txt", host));
        assertTrue(raw("/../outside/secret.txt", host).startsWith("HTTP/1.1 403"));
        assertTrue(raw("/%2e%2e/outside/secret.txt", host).startsWith("HTTP/1.1 403"));
        assertTrue(raw("/html/../../outside/secret.txt", host).startsWith("HTTP/1.1 403"));
        assertTrue(raw("/link.txt", host).startsWith("HTTP/1.1 403"), "a link out of the folder");
        assertTrue(raw("/", "evil.example.com").startsWith("HTTP/1.1 403"));
        assertTrue(raw("/", "evil.example.com:" + server.port()).startsWith("HTTP/1.1 403"));
        assertTrue(raw("/", "127.0.0.1.nip.io").startsWith("HTTP/1.1 403"));
        assertEquals("HTTP/1.1 200 OK", raw("/", "localhost:" + server.port()));
        assertEquals("HTTP/1.1 200 OK", raw("/", "[::1]:" + server.port()));
    }

    @Test
    void aBrokenSaveShowsTheErrorAndKeepsTheLastGoodPreview() throws Exception {
        Path md = article("第一版正文。");
        start(md, List.of("wechat", "html"), b -> b, List.of());
        assertTrue(awaitBuild("html").ok());
        Files.writeString(md, "---\ntitle: [没有闭合\n---\n\n第二版正文。\n");
        BuildEvent broken = awaitBuild("wechat");
        assertFalse(broken.ok(), "the broken save built");
        String status = text("/status");
        assertTrue(status.contains("\"failure\":\"" + md), status);
        assertTrue(text("/").contains("note.md"), "the workspace shows the error");
        assertTrue(text("/").contains("id=\"error\">" + md), text("/"));
        assertTrue(text("/wechat").contains("第一版正文"), "the last good preview stays");
        assertTrue(terminal.toString(StandardCharsets.UTF_8).contains("the last good preview stays"));
        Files.writeString(md, "---\ntitle: 修好了\n---\n\n第三版正文。\n");
        assertTrue(awaitBuild("wechat").ok());
        assertTrue(text("/wechat").contains("第三版正文"));
        assertTrue(text("/status").contains("\"failure\":null"), text("/status"));
    }

    @Test
    void anEditedThemeCssShowsOnTheNextBuild() throws Exception {
        Path theme = Files.createDirectories(dir.resolve("mytheme"));
        try (var files = Files.list(Path.of("themes/default"))) {
            for (Path f : files.toList()) Files.copy(f, theme.resolve(f.getFileName()));
        }
        Path md = article("主题测试。");
        start(md, List.of("html"), b -> b.theme(theme.toString()), List.of(theme));
        assertTrue(awaitBuild("html").ok(), terminal.toString(StandardCharsets.UTF_8));
        assertFalse(text("/html").contains("#123457"));
        Files.writeString(theme.resolve("html.css"), Files.readString(theme.resolve("html.css")) + "\nbody { outline-color: #123457; }\n");
        assertTrue(awaitBuild("html").ok());
        assertTrue(text("/html").contains("#123457"), "the edited theme CSS is not in the page");
    }

    @Test
    void theServerStopsCleanly() throws Exception {
        start(article("停止测试。"), List.of("wechat"), b -> b, List.of());
        assertTrue(awaitBuild("wechat").ok());
        int port = server.port();
        Path work = server.work();
        assertTrue(Files.isDirectory(work));
        server.close();
        server = null;
        assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", port).close());
        assertFalse(Files.exists(work), "the build folders were not deleted");
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            assertFalse(t.getName().startsWith("inkstone-serve-build") && t.isAlive(), "still running: " + t.getName());
            assertFalse(t.getName().startsWith("inkstone-serve-watch") && t.isAlive(), "still running: " + t.getName());
        }
        assertNotNull(work);
    }
}
