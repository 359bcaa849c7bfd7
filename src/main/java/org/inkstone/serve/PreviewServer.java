package org.inkstone.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.cache.Caches;
import org.inkstone.publish.Inkstone;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The live preview: an HTTP server on loopback (the JDK's {@code com.sun.net.httpserver}, see the package
 * documentation for why) serving the newest complete build of each format at fixed paths, rebuilt in this
 * warm process when a source is saved.
 *
 * <ul>
 *   <li>{@code /}: the workspace ({@link WorkspacePage}); {@code /status}: its state as JSON;
 *       {@code /events}: Server-Sent Events, one per format built ({@link BuildEvent#json});</li>
 *   <li>{@code /wechat} (a book: {@code /wechat/<chapter>}), {@code /html} (a book: {@code /html/…}),
 *       {@code /pdf}, {@code /epub} (the file) and {@code /epub/<entry>} (its chapters, CSS and fonts);</li>
 *   <li>any other path: the web page's files, then the input's folder.</li>
 * </ul>
 * Requests must carry a loopback {@code Host} ({@link HostCheck}); {@code ..}, absolute paths and links
 * leaving a folder are refused ({@link ServedFolder}).
 */
public final class PreviewServer implements AutoCloseable {
    /** The formats, in the order they are rebuilt after a save: the cheap WeChat fragment first. */
    public static final List<String> BUILD_ORDER = List.of("wechat", "html", "epub", "pdf");

    /**
     * What to serve and how.
     *
     * @param input       a Markdown file or a book folder
     * @param host        the address to bind (127.0.0.1 unless told)
     * @param port        the port; 0 for any free one
     * @param formats     the formats to build, in order (see {@link #BUILD_ORDER})
     * @param watched     folders to watch besides the input's own (the theme's)
     * @param setup       applies the build options to each format's builder (theme, options…)
     * @param assets      the asset policy of every build: its remote fetches are not awaited (a placeholder
     *                    shows, and the end of a fetch starts a rebuild), its failures are remembered
     * @param quietMillis how long a save burst must stay quiet before a rebuild
     * @param terminal    where builds report (errors, warnings, times)
     * @param listener    told of each build that ends (tests, benchmarks); may be a no-op
     */
    public record Settings(Path input, String host, int port, List<String> formats, List<Path> watched,
                           UnaryOperator<Inkstone.Builder> setup, AssetPolicy assets, long quietMillis, PrintStream terminal,
                           Consumer<BuildEvent> listener) {
        /** Every format, 60 ms quiet (an editor's save is a burst of events a few ms apart), bound to 127.0.0.1, remote images fetched in the background. */
        public static Settings of(Path input, int port, UnaryOperator<Inkstone.Builder> setup, PrintStream terminal) {
            return new Settings(input, "127.0.0.1", port, BUILD_ORDER, List.of(), setup,
                    AssetPolicy.defaults().withoutWaitingForRemote(), 60, terminal, e -> {});
        }

        public Settings withFormats(List<String> chosen) {
            return new Settings(input, host, port, chosen, watched, setup, assets, quietMillis, terminal, listener);
        }

        public Settings withWatched(List<Path> folders) {
            return new Settings(input, host, port, formats, folders, setup, assets, quietMillis, terminal, listener);
        }

        public Settings withListener(Consumer<BuildEvent> told) {
            return new Settings(input, host, port, formats, watched, setup, assets, quietMillis, terminal, told);
        }

        public Settings withHost(String address) {
            return new Settings(input, address, port, formats, watched, setup, assets, quietMillis, terminal, listener);
        }

        /** The policy of every build; it is made not to wait for remote images. */
        public Settings withAssets(AssetPolicy policy) {
            return new Settings(input, host, port, formats, watched, setup, policy.withoutWaitingForRemote(), quietMillis, terminal, listener);
        }
    }

    private final Settings settings;
    private final Path work;
    private final Path project;
    private final HttpServer http;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final EventStream events = new EventStream();
    private final SaveDebouncer saves;
    private final Rebuilder rebuilder;
    private final SourceWatcher watcher;
    private final Thread builds;
    private final HostCheck hosts;
    private final AtomicReference<EpubView> epub = new AtomicReference<>();

    /** An EPUB build unzipped, for {@code /epub/…}. */
    private record EpubView(long generation, EpubContents contents) {}

    private PreviewServer(Settings settings) throws IOException {
        this.settings = settings;
        Path input = settings.input().toAbsolutePath().normalize();
        if (!Files.exists(input)) throw new IOException(settings.input() + " does not exist; name a Markdown file or a book folder");
        this.project = Files.isDirectory(input) ? input : input.getParent();
        this.work = Files.createTempDirectory("inkstone-serve"); // owner-only on POSIX
        Caches caches = new Caches();
        Map<String, Inkstone> byFormat = new LinkedHashMap<>();
        for (String f : settings.formats()) {
            byFormat.put(f, settings.setup().apply(Inkstone.builder()).formats(f).output(Rebuilder.stage(work, f))
                    .assets(settings.assets()).caches(caches).build());
        }
        this.saves = new SaveDebouncer(settings.quietMillis());
        settings.assets().memory().whenFetched(saves::changed); // a remote image arrived: fill it in
        this.hosts = new HostCheck(settings.host());
        this.rebuilder = new Rebuilder(input, work, byFormat, saves, settings.terminal(), this::built);
        this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
        this.handlers = Executors.newCachedThreadPool(daemon("inkstone-serve-http"));
        http.setExecutor(handlers);
        http.createContext("/", this::handle);
        List<Path> watched = new ArrayList<>();
        watched.add(project);
        watched.addAll(settings.watched());
        this.watcher = new SourceWatcher(watched, saves);
        this.builds = new Thread(rebuilder::loop, "inkstone-serve-build");
        builds.setDaemon(true);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("inkstone-serve-heartbeat"));
    }

    /**
     * Binds, starts the first build and returns at once (the pages say "building" until it ends).
     *
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(Settings settings) throws IOException {
        PreviewServer server = new PreviewServer(settings);
        try {
            server.http.start();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.heartbeat.scheduleAtFixedRate(server.events::heartbeat, 15, 15, TimeUnit.SECONDS);
        server.builds.start();
        server.saves.changed();
        return server;
    }

    /** The private folder the builds go to (deleted by {@link #close}). */
    Path work() {
        return work;
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT/} (an IPv6 host in brackets). */
    public URI url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        if (host.equals("0.0.0.0") || host.equals("[::]")) host = "127.0.0.1";
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops watching and serving, waits for a build under way to end, and deletes the build folders. */
    @Override
    public void close() throws IOException {
        watcher.close();
        builds.interrupt();
        try {
            builds.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeat.shutdownNow();
        events.closeAll();
        http.stop(0);
        handlers.shutdownNow();
        Rebuilder.deleteTree(work);
    }

    private void built(BuildEvent event) {
        events.send(event.json());
        settings.listener().accept(event);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    // ---- requests

    /** A response: bytes and their type. */
    private record Reply(int status, String type, byte[] body, String location) {
        static Reply of(String type, byte[] body) {
            return new Reply(200, type, body, null);
        }

        static Reply text(int status, String message) {
            return new Reply(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8), null);
        }

        static Reply redirect(String to) {
            return new Reply(302, "text/plain; charset=utf-8", new byte[0], to);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keepOpen = false;
        try {
            if (!hosts.allows(exchange.getRequestHeaders().getFirst("Host"))) {
                send(exchange, Reply.text(403, "refused: the Host header must be a loopback name (localhost, 127.0.0.1, [::1])"));
                return;
            }
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, Reply.text(405, "only GET and HEAD"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || !path.startsWith("/")) {
                send(exchange, Reply.text(400, "bad path"));
                return;
            }
            if (path.equals("/viewing")) { // the workspace's tab: that format is rebuilt first
                String query = exchange.getRequestURI().getQuery();
                if (query != null && query.startsWith("format=")) rebuilder.viewing(query.substring("format=".length()));
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            if (path.equals("/events")) {
                events.open(exchange);
                keepOpen = true; // stays open for the events
                return;
            }
            send(exchange, reply(path));
        } catch (RuntimeException e) {
            settings.terminal().println("serve: " + e);
        } finally {
            if (!keepOpen) exchange.close();
        }
    }

    private Reply reply(String path) throws IOException {
        String relative = path.substring(1);
        if (!relative.isEmpty() && !ServedFolder.acceptable(relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative)) {
            return Reply.text(403, "refused: " + path + " (.. and absolute paths are not served)");
        }
        Snapshot now = rebuilder.served();
        switch (path) {
            case "/" -> {
                String name = settings.input().getFileName() == null ? settings.input().toString() : settings.input().getFileName().toString();
                return Reply.of("text/html; charset=utf-8", WorkspacePage.page(name, now.failure(), now.warnings()).getBytes(StandardCharsets.UTF_8));
            }
            case "/status" -> {
                return Reply.of("application/json; charset=utf-8", status(now).getBytes(StandardCharsets.UTF_8));
            }
            case "/wechat" -> {
                return formatFile(now, "wechat", b -> b.fileEndingWith(".wechat.preview.html"));
            }
            case "/pdf" -> {
                return formatFile(now, "pdf", b -> b.fileEndingWith(".pdf"));
            }
            case "/epub" -> {
                return formatFile(now, "epub", b -> b.fileEndingWith(".epub"));
            }
            case "/html" -> {
                Built html = now.formats().get("html");
                if (html != null && bookFolder(html) != null) return Reply.redirect("/html/index.html");
                return formatFile(now, "html", b -> b.files().stream().filter(f -> f.endsWith(".html") && !f.contains("/")).findFirst().orElse(null));
            }
            default -> { }
        }
        if (path.startsWith("/wechat/")) {
            String page = path.substring("/wechat/".length());
            return formatFile(now, "wechat", b -> b.files().stream().filter(f -> f.endsWith("/" + page + ".wechat.preview.html")).findFirst().orElse(null));
        }
        if (path.startsWith("/html/")) {
            Built html = now.formats().get("html");
            String book = html == null ? null : bookFolder(html);
            String rest = path.substring("/html/".length());
            return formatFile(now, "html", b -> book == null ? rest : book + rest);
        }
        if (path.startsWith("/epub/")) return epubEntry(now, path.substring("/epub/".length()));
        Built html = now.formats().get("html");
        if (html != null) {
            Optional<Path> built = new ServedFolder(html.folder()).file(relative);
            if (built.isPresent()) return fileReply(built.get(), "html");
        }
        ServedFolder folder = new ServedFolder(project);
        if (folder.leavesFolder(relative)) return Reply.text(403, "refused: " + path + " leads out of the project folder");
        Optional<Path> source = folder.file(relative);
        if (source.isPresent()) return fileReply(source.get(), null);
        return Reply.text(404, "not found: " + path);
    }

    /** A book's web pages' folder ({@code <stem>/}), or null for an article. */
    private static String bookFolder(Built html) {
        String index = html.files().stream().filter(f -> f.endsWith("/index.html")).findFirst().orElse(null);
        return index == null ? null : index.substring(0, index.length() - "index.html".length());
    }

    private Reply formatFile(Snapshot now, String format, java.util.function.Function<Built, String> pick) throws IOException {
        Built built = now.formats().get(format);
        if (built == null) return notYet(now, format);
        String name = pick.apply(built);
        if (name == null) return Reply.text(404, "the " + format + " build has no such page");
        ServedFolder folder = new ServedFolder(built.folder());
        if (folder.leavesFolder(name)) return Reply.text(403, "refused: " + name + " leads out of the build folder");
        Optional<Path> file = folder.file(name);
        return file.isPresent() ? fileReply(file.get(), format) : Reply.text(404, "not found: " + name);
    }

    private Reply fileReply(Path file, String liveFormat) throws IOException {
        String name = file.getFileName().toString();
        String type = ContentTypes.of(name);
        byte[] bytes = Files.readAllBytes(file);
        if (liveFormat != null && (name.endsWith(".html") || name.endsWith(".xhtml"))) {
            bytes = LiveScript.addTo(bytes, liveFormat, name.endsWith(".xhtml"));
        }
        return Reply.of(type, bytes);
    }

    private Reply epubEntry(Snapshot now, String entry) throws IOException {
        Built built = now.formats().get("epub");
        if (built == null) return notYet(now, "epub");
        EpubView view = epub.get();
        if (view == null || view.generation() != built.generation()) {
            String file = built.fileEndingWith(".epub");
            if (file == null) return Reply.text(404, "the EPUB build wrote no .epub");
            view = new EpubView(built.generation(), EpubContents.of(Files.readAllBytes(built.folder().resolve(file))));
            epub.set(view);
        }
        byte[] bytes = view.contents().entries().get(entry);
        if (bytes == null) return Reply.text(404, "the EPUB has no " + entry);
        if (entry.endsWith(".xhtml")) bytes = LiveScript.addTo(bytes, "epub", true);
        return Reply.of(ContentTypes.of(entry), bytes);
    }

    /** 503: the format has not built yet (or only failed); the page reloads itself when it has. */
    private static Reply notYet(Snapshot now, String format) {
        String message = now.failure() != null ? "构建失败：\n" + now.failure() : "正在构建 " + format + "…";
        String html = "<!DOCTYPE html><html lang=\"zh-Hans\"><head><meta charset=\"utf-8\"><title>Inkstone</title></head><body>"
                + "<pre id=\"inkstone-pending\">" + WorkspacePage.escape(message) + "</pre></body></html>";
        byte[] page = LiveScript.addTo(html.getBytes(StandardCharsets.UTF_8), format, false);
        return new Reply(503, "text/html; charset=utf-8", page, null);
    }

    private String status(Snapshot now) throws IOException {
        StringBuilder formats = new StringBuilder("{");
        for (Built b : now.formats().values()) {
            if (formats.length() > 1) formats.append(',');
            formats.append(Json.string(b.format())).append(":{\"generation\":").append(b.generation())
                    .append(",\"millis\":").append(b.millis()).append('}');
        }
        formats.append('}');
        List<String> chapters = List.of();
        Built epubBuilt = now.formats().get("epub");
        if (epubBuilt != null) {
            Reply warm = epubEntry(now, ""); // unzips once per EPUB build
            EpubView view = epub.get();
            if (warm != null && view != null) chapters = view.contents().chapters().stream().filter(c -> !c.endsWith("nav.xhtml")).toList();
        }
        List<String> wechatPages = List.of();
        Built wechat = now.formats().get("wechat");
        if (wechat != null && wechat.files().stream().anyMatch(f -> f.contains("/"))) {
            wechatPages = wechat.files().stream().filter(f -> f.endsWith(".wechat.preview.html"))
                    .map(f -> f.substring(f.lastIndexOf('/') + 1, f.length() - ".wechat.preview.html".length())).toList();
        }
        return "{\"round\":" + now.round() + ",\"failure\":" + Json.string(now.failure()) + ",\"warnings\":" + Json.strings(now.warnings())
                + ",\"formats\":" + formats + ",\"epubChapters\":" + Json.strings(chapters) + ",\"wechatPages\":" + Json.strings(wechatPages) + "}";
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.type());
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        if (reply.location() != null) headers.set("Location", reply.location());
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), head || reply.body().length == 0 ? -1 : reply.body().length);
        if (!head && reply.body().length > 0) exchange.getResponseBody().write(reply.body());
    }
}
