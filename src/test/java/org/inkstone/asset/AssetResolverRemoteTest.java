package org.inkstone.asset;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Remote images against a real HTTP server on the loopback interface, started per test: the
 * documented outcome and warning for each kind of server behaviour. No network beyond 127.0.0.1.
 */
class AssetResolverRemoteTest {
    private static final String DOWNLOAD = "download the image next to the document and refer to the file";

    @TempDir Path dir;
    private HttpServer server;
    private ExecutorService serverThreads;
    private final CountDownLatch release = new CountDownLatch(1);
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, String> userAgents = new ConcurrentHashMap<>();
    private final byte[] png = png(8, 6);
    private final byte[] big = png(48, 48); // noise does not compress: about 7000 bytes, over the 1000-byte cap
    private final CountDownLatch together = new CountDownLatch(3);
    private Diagnostics diagnostics;

    @BeforeEach
    void startServer() throws IOException {
        diagnostics = new Diagnostics("doc.md");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown(); // frees the stalling handlers
        server.stop(0);
        serverThreads.shutdownNow();
    }

    private void serve(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        userAgents.put(path, String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        try (ex) {
            switch (path) {
                case "/image.png", "/cached.png", "/a.png", "/b.png", "/c.png", "/d.png" -> send(ex, 200, "image/png", png);
                case "/missing.png" -> send(ex, 404, "text/html", "<h1>Not Found</h1>".getBytes(StandardCharsets.UTF_8));
                case "/page.png" -> send(ex, 200, "text/html; charset=utf-8",
                        "<!doctype html><html><body>Please sign in</body></html>".getBytes(StandardCharsets.UTF_8));
                case "/big.png" -> send(ex, 200, "image/png", big);
                case "/big-chunked.png" -> {
                    ex.getResponseHeaders().set("Content-Type", "image/png");
                    ex.sendResponseHeaders(200, 0); // no Content-Length: chunked
                    for (int i = 0; i < big.length; i += 500) {
                        ex.getResponseBody().write(big, i, Math.min(500, big.length - i));
                        ex.getResponseBody().flush();
                    }
                }
                case "/stall-headers.png" -> await(release);
                case "/stall-body.png" -> {
                    ex.getResponseHeaders().set("Content-Type", "image/png");
                    ex.sendResponseHeaders(200, png.length);
                    ex.getResponseBody().write(png, 0, 20);
                    ex.getResponseBody().flush();
                    await(release);
                }
                case "/redirect.png" -> redirect(ex, "/image.png");
                case "/loop.png" -> redirect(ex, "/loop.png");
                case "/to-file.png" -> redirect(ex, "file:///etc/passwd");
                case "/to-ftp.png" -> redirect(ex, "ftp://127.0.0.1/image.png");
                case "/truncated.png" -> send(ex, 200, "image/png", Arrays.copyOf(png(64, 64), 120));
                case "/evil.dtd" -> send(ex, 200, "application/xml-dtd", "<!ENTITY x 'y'>".getBytes(StandardCharsets.UTF_8));
                default -> {
                    if (path.startsWith("/together/")) {
                        together.countDown();
                        await(together); // answers only once three requests are in flight at the same time
                        send(ex, 200, "image/png", png);
                    } else {
                        send(ex, 404, "text/plain", new byte[0]);
                    }
                }
            }
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) ex.getResponseBody().write(body);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private AssetPolicy policy(Path cache) {
        return new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofSeconds(5), 1000, cache);
    }

    private AssetResolver resolver(AssetPolicy policy) {
        return new AssetResolver(dir, diagnostics, policy);
    }

    private List<String> warnings() {
        return diagnostics.all().stream().map(Diagnostic::format).toList();
    }

    private int count(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    @Test
    void imageIsFetchedWithInkstoneUserAgent() {
        Optional<ImageData> image = resolver(policy(null)).image(url("/image.png"), 4);
        assertTrue(image.isPresent(), warnings().toString());
        assertArrayEquals(png, image.get().bytes());
        assertEquals(ImageFormat.PNG, image.get().format());
        assertEquals(url("/image.png"), image.get().src());
        assertEquals(Optional.of(new ImageSize(8, 6)), image.get().size());
        assertEquals(List.of(), warnings());
        assertTrue(userAgents.get("/image.png").matches("Inkstone/\\d+\\.\\d+.*"), userAgents.get("/image.png"));
    }

    @Test
    void notFoundIsOneWarningAtTheFirstReference() {
        AssetResolver assets = resolver(policy(null));
        assertTrue(assets.image(url("/missing.png"), 3).isEmpty());
        assertTrue(assets.image(url("/missing.png"), 9).isEmpty());
        assertEquals(List.of("doc.md:3: warning: remote image '" + url("/missing.png") + "' could not be fetched:"
                + " the server answered HTTP 404 (Not Found); check the address, or " + DOWNLOAD), warnings());
        assertEquals(1, count("/missing.png"), "fetched once per build");
    }

    @Test
    void stallBeforeHeadersTimesOutWithinTheTotalTimeout() {
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofMillis(400), 1000, null);
        long start = System.nanoTime();
        Optional<ImageData> image = resolver(policy).image(url("/stall-headers.png"), 7);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(image.isEmpty());
        assertTrue(millis < 3000, "returned after " + millis + " ms");
        assertEquals(List.of("doc.md:7: warning: remote image '" + url("/stall-headers.png") + "' timed out after 0.4 s"
                + " (the server did not send it in time); try again later, or " + DOWNLOAD), warnings());
    }

    @Test
    void stallInTheMiddleOfTheBodyTimesOutWithinTheTotalTimeout() {
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofMillis(300), 10_000, null);
        long start = System.nanoTime();
        Optional<ImageData> image = resolver(policy).image(url("/stall-body.png"), 8);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertTrue(image.isEmpty());
        assertTrue(millis < 3000, "returned after " + millis + " ms");
        assertEquals(List.of("doc.md:8: warning: remote image '" + url("/stall-body.png") + "' timed out after 0.3 s"
                + " (the server did not send it in time); try again later, or " + DOWNLOAD), warnings());
    }

    @Test
    void bodyOverTheCapIsRefusedWithAndWithoutContentLength() {
        assertTrue(big.length > 5000, "test image too small: " + big.length);
        AssetResolver assets = resolver(policy(null));
        assertTrue(assets.image(url("/big.png"), 2).isEmpty());
        assertTrue(assets.image(url("/big-chunked.png"), 5).isEmpty());
        assertEquals(List.of(
                "doc.md:2: warning: remote image '" + url("/big.png") + "' is larger than the 1000 bytes limit;"
                        + " download it, make it smaller and refer to the file",
                "doc.md:5: warning: remote image '" + url("/big-chunked.png") + "' is larger than the 1000 bytes limit;"
                        + " download it, make it smaller and refer to the file"), warnings());
    }

    @Test
    void htmlServedAsImageIsNotAnImage() {
        assertTrue(resolver(policy(null)).image(url("/page.png"), 6).isEmpty());
        assertEquals(List.of("doc.md:6: warning: remote image '" + url("/page.png") + "' is not an image: the server sent"
                + " text/html (perhaps an error or sign-in page); check the address, or " + DOWNLOAD), warnings());
    }

    @Test
    void truncatedRemotePngIsDamagedAndNotCached() throws IOException {
        Path cache = dir.resolve("cache");
        assertTrue(resolver(policy(cache)).image(url("/truncated.png"), 11).isEmpty());
        assertEquals(List.of("doc.md:11: warning: image '" + url("/truncated.png") + "' is damaged (it cannot be decoded);"
                + " replace it"), warnings());
        assertFalse(Files.exists(cache.resolve(ImageCache.key(url("/truncated.png")))));
    }

    @Test
    void redirectIsFollowed() {
        Optional<ImageData> image = resolver(policy(null)).image(url("/redirect.png"), 1);
        assertTrue(image.isPresent(), warnings().toString());
        assertArrayEquals(png, image.get().bytes());
        assertEquals(1, count("/redirect.png"));
        assertEquals(1, count("/image.png"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void redirectToAFileUrlIsReportedAsSuch() {
        assertTrue(resolver(policy(null)).image(url("/to-file.png"), 4).isEmpty());
        assertTrue(resolver(policy(null)).image(url("/to-ftp.png"), 9).isEmpty());
        assertEquals(List.of("doc.md:4: warning: image '" + url("/to-file.png") + "' redirects to file:///etc/passwd,"
                        + " which is not allowed; only http and https images are fetched",
                "doc.md:9: warning: image '" + url("/to-ftp.png") + "' redirects to ftp://127.0.0.1/image.png,"
                        + " which is not allowed; only http and https images are fetched"), warnings());
    }

    @Test
    void redirectLoopStopsAfterFiveRedirects() {
        assertTrue(resolver(policy(null)).image(url("/loop.png"), 12).isEmpty());
        assertEquals(List.of("doc.md:12: warning: remote image '" + url("/loop.png") + "' could not be fetched: the server"
                + " redirected it more than 5 times; check the address, or " + DOWNLOAD), warnings());
        assertEquals(6, count("/loop.png"), "the first request and five redirects");
    }

    @Test
    void refusedConnectionSaysSo() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        String src = "http://127.0.0.1:" + port + "/x.png";
        assertTrue(resolver(policy(null)).image(src, 13).isEmpty());
        assertEquals(List.of("doc.md:13: warning: remote image '" + src + "' could not be fetched: 127.0.0.1:" + port
                + " refused the connection; check the address and your network connection, or " + DOWNLOAD), warnings());
    }

    @Test
    void connectTimeoutWhenTheServerNeverAccepts() throws IOException {
        // A listening socket that never accepts, its one-place queue filled: the kernel drops further SYNs.
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> fillers = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                    } catch (IOException e) {
                        // the queue is full: later connections wait, which is what the test wants
                    }
                    fillers.add(s);
                }
                String src = "http://127.0.0.1:" + full.getLocalPort() + "/x.png";
                AssetPolicy policy = new AssetPolicy(false, Duration.ofMillis(300), Duration.ofSeconds(5), 1000, null);
                long start = System.nanoTime();
                assertTrue(resolver(policy).image(src, 16).isEmpty());
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertTrue(millis < 3000, "returned after " + millis + " ms");
                assertEquals(List.of("doc.md:16: warning: remote image '" + src + "' could not be fetched: no connection to"
                        + " 127.0.0.1:" + full.getLocalPort() + " within 0.3 s; check your network connection, or " + DOWNLOAD),
                        warnings());
            } finally {
                for (java.net.Socket s : fillers) s.close();
            }
        }
    }

    @Test
    void protocolRelativeUrlIsFetchedOverHttps() throws Exception {
        // A bare socket notes the first byte the client sends (0x16 opens a TLS handshake) and answers in plain HTTP.
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            AtomicInteger firstByte = new AtomicInteger(-2);
            // Every connection is answered: the client may retry a failed GET on a new connection, which a
            // listener that took only the first left unanswered until the connect timeout (20 s).
            Thread listener = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (var connection = socket.accept()) {
                        firstByte.compareAndSet(-2, connection.getInputStream().read());
                        connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        connection.getOutputStream().flush();
                        connection.shutdownOutput(); // then end of stream: the handshake fails even if the reply were taken for more TLS
                    } catch (IOException e) {
                        firstByte.compareAndSet(-2, -3); // the server socket closed once the test had its answer
                    }
                }
            });
            listener.start();
            String src = "//127.0.0.1:" + socket.getLocalPort() + "/image.png";
            // The JVM's first TLS set-up can take seconds on a loaded machine and counts against the connect
            // timeout: give it room (the server answers at once, so the test does not wait for it).
            AssetPolicy tls = new AssetPolicy(false, Duration.ofSeconds(20), Duration.ofSeconds(30), 1000, null);
            assertTrue(resolver(tls).image(src, 14).isEmpty());
            socket.close();
            listener.join(5000);
            assertEquals(0x16, firstByte.get(), "the client did not start a TLS handshake");
            List<String> w = warnings();
            assertEquals(1, w.size(), w.toString());
            assertTrue(w.get(0).startsWith("doc.md:14: warning: remote image '" + src + "' could not be fetched: the secure"
                    + " connection failed ("), w.get(0));
            assertTrue(w.get(0).endsWith("); check the address, or " + DOWNLOAD), w.get(0));
        }
    }

    @Test
    void invalidAddressIsReported() {
        String src = "http://127.0.0.1/has space.png";
        assertTrue(resolver(policy(null)).image(src, 15).isEmpty());
        assertEquals(List.of("doc.md:15: warning: remote image address '" + src + "' is not a valid URL; check it"
                + " (write spaces as %20)"), warnings());
    }

    @Test
    void cacheServesASecondBuildWithoutTheNetwork() throws IOException {
        Path cache = dir.resolve("cache");
        assertTrue(resolver(policy(cache)).image(url("/cached.png"), 1).isPresent());
        Path entry = cache.resolve(ImageCache.key(url("/cached.png")));
        assertArrayEquals(png, Files.readAllBytes(entry));
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(entry), files.toList(), "one entry, no temporary file left");
        }
        String src = url("/cached.png");
        server.stop(0);
        Optional<ImageData> again = resolver(policy(cache)).image(src, 1);
        assertTrue(again.isPresent(), warnings().toString());
        assertArrayEquals(png, again.get().bytes());
        assertEquals(1, count("/cached.png"));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aCacheEntryThatIsALinkOutOfTheCacheIsNotUsed() throws IOException {
        Path cache = Files.createDirectories(dir.resolve("cache"));
        Path elsewhere = Files.write(dir.resolve("elsewhere.png"), png(5, 5));
        Files.createSymbolicLink(cache.resolve(ImageCache.key(url("/cached.png"))), elsewhere);
        AssetPolicy offline = policy(cache).withOffline(true);
        assertTrue(resolver(offline).image(url("/cached.png"), 2).isEmpty(), "the linked file is not taken from the cache");
        assertEquals(List.of("doc.md:2: warning: remote image '" + url("/cached.png") + "' is not in the image cache and"
                + " --offline forbids fetching it; build once without --offline to fetch it into the cache"), warnings());
    }

    @Test
    void failuresAreNotCached() throws IOException {
        Path cache = dir.resolve("cache");
        AssetResolver assets = resolver(policy(cache));
        assertTrue(assets.image(url("/missing.png"), 1).isEmpty());
        assertTrue(assets.image(url("/page.png"), 2).isEmpty());
        assertEquals(2, warnings().size(), warnings().toString());
        assertTrue(!Files.exists(cache) || Files.list(cache).findAny().isEmpty(), "nothing cached");
    }

    @Test
    void offlineUsesTheCache() {
        Path cache = dir.resolve("cache");
        assertTrue(resolver(policy(cache)).image(url("/cached.png"), 1).isPresent());
        Optional<ImageData> offline = resolver(policy(cache).withOffline(true)).image(url("/cached.png"), 1);
        assertTrue(offline.isPresent(), warnings().toString());
        assertArrayEquals(png, offline.get().bytes());
        assertEquals(1, count("/cached.png"), "offline does not touch the network");
        assertEquals(List.of(), warnings());
    }

    @Test
    void offlineWithoutACachedCopyTellsHowToGetOne() {
        AssetResolver assets = resolver(policy(dir.resolve("cache")).withOffline(true));
        assertTrue(assets.image(url("/image.png"), 21).isEmpty());
        assertEquals(0, count("/image.png"));
        assertEquals(List.of("doc.md:21: warning: remote image '" + url("/image.png") + "' is not in the image cache and"
                + " --offline forbids fetching it; build once without --offline to fetch it into the cache"), warnings());
    }

    @Test
    void prefetchFetchesEachUrlOnceAndInParallel() {
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofSeconds(10), 1000, null);
        AssetResolver assets = resolver(policy);
        List<String> srcs = List.of(url("/together/1.png"), url("/together/2.png"), url("/together/3.png"),
                url("/a.png"), url("/b.png"), url("/a.png"), url("/together/1.png"), "images/local.png",
                "data:image/png;base64,AAAA", url("/missing.png"), url("/missing.png"));
        assets.prefetch(srcs);
        long start = System.nanoTime();
        for (int i = 0; i < srcs.size(); i++) {
            String src = srcs.get(i);
            if (!AssetResolver.isRemote(src)) continue;
            Optional<ImageData> image = assets.image(src, 30 + i);
            assertEquals(!src.endsWith("/missing.png"), image.isPresent(), src + " " + warnings());
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // The three /together/ requests are answered only when all three are in flight at once.
        assertTrue(millis < 8000, "took " + millis + " ms: the fetches did not run in parallel");
        for (String path : List.of("/together/1.png", "/together/2.png", "/together/3.png", "/a.png", "/b.png", "/missing.png")) {
            assertEquals(1, count(path), path + " fetched once");
        }
        assertEquals(0, count("/c.png"));
        assertEquals(List.of("doc.md:39: warning: remote image '" + url("/missing.png") + "' could not be fetched:"
                + " the server answered HTTP 404 (Not Found); check the address, or " + DOWNLOAD), warnings());
    }

    @Test
    void svgNeverLoadsAnExternalDtd() throws IOException {
        String svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg SYSTEM \"" + url("/evil.dtd") + "\">\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"30\"><text>&x;</text></svg>\n";
        Files.writeString(dir.resolve("dtd.svg"), svg);
        Optional<ImageData> image = resolver(policy(null)).image("dtd.svg", 3);
        assertEquals(0, count("/evil.dtd"), "the DTD was fetched");
        assertTrue(image.isPresent(), warnings().toString());
        assertEquals(Optional.of(new ImageSize(40, 30)), image.get().size());
        assertEquals(0, count("/evil.dtd"), "the DTD was fetched");
    }

    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(width * 31L + height);
        for (int y = 0; y < height; y++) for (int x = 0; x < width; x++) image.setRGB(x, y, random.nextInt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }


    @Test
    void aFailedFetchIsRememberedAcrossBuildsSoADeadServerCostsItsTimeoutOnce() {
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofMillis(300), 1000, null);
        assertTrue(resolver(policy).image(url("/stall-headers.png"), 7).isEmpty());
        diagnostics = new Diagnostics("doc.md");
        long start = System.nanoTime();
        assertTrue(resolver(policy).image(url("/stall-headers.png"), 7).isEmpty(), "second build, same policy");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(1, count("/stall-headers.png"), "the second build asked the server again");
        assertTrue(millis < 250, "the second build waited " + millis + " ms");
        assertTrue(warnings().get(0).contains("timed out after 0.4 s") || warnings().get(0).contains("timed out after 0.3 s"), warnings().toString());
        assertTrue(warnings().get(0).contains("not tried again until then"), warnings().toString());
    }

    @Test
    void aRememberedFailureExpires() {
        long[] now = {0};
        RemoteFetchMemory memory = new RemoteFetchMemory(() -> now[0], TimeUnit.SECONDS.toNanos(60));
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofSeconds(5), 1000, null, true, memory);
        assertTrue(resolver(policy).image(url("/missing.png"), 3).isEmpty());
        assertTrue(resolver(policy).image(url("/missing.png"), 3).isEmpty());
        assertEquals(1, count("/missing.png"));
        now[0] = TimeUnit.SECONDS.toNanos(61);
        assertTrue(resolver(policy).image(url("/missing.png"), 3).isEmpty());
        assertEquals(2, count("/missing.png"), "asked again once the failure expired");
    }

    @Test
    void withoutWaitingTheBuildGetsAPlaceholderAtOnceAndTheNextBuildTheImage() throws InterruptedException {
        AssetPolicy policy = new AssetPolicy(false, Duration.ofSeconds(2), Duration.ofSeconds(5), 1000, null).withoutWaitingForRemote();
        CountDownLatch fetched = new CountDownLatch(1);
        policy.memory().whenFetched(fetched::countDown);
        assertTrue(resolver(policy).image(url("/image.png"), 4).isEmpty(), "first build: placeholder");
        assertTrue(warnings().get(0).contains("is being fetched"), warnings().toString());
        assertTrue(fetched.await(10, TimeUnit.SECONDS), "the background fetch never ended");
        diagnostics = new Diagnostics("doc.md");
        Optional<ImageData> image = resolver(policy).image(url("/image.png"), 4);
        assertTrue(image.isPresent(), warnings().toString());
        assertArrayEquals(png, image.get().bytes());
        assertEquals(1, count("/image.png"));
    }
}
