package org.inkstone.asset;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One HTTP(S) GET of an image under the policy: a connect timeout; one deadline for the whole
 * image (every redirect, the headers and the last byte of the body, so a server that accepts the
 * connection and then stalls is cut off); the size cap; at most {@value #MAX_REDIRECTS} redirects,
 * never from https down to http. The calling thread waits at most until the deadline: it never
 * blocks in I/O itself, and on the deadline the exchange is cancelled, which closes the connection.
 */
final class HttpImageFetcher {
    static final int MAX_REDIRECTS = 5;
    static final String USER_AGENT = "Inkstone/" + version();

    /** A 2xx body and the Content-Type the server gave it (null when none). */
    record Fetched(byte[] bytes, String contentType) {}

    private final HttpClient client;
    private final AssetPolicy policy;

    HttpImageFetcher(AssetPolicy policy) {
        this.policy = policy;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER);
        ProxySelector proxies = ProxySelector.getDefault(); // honours -Dhttps.proxyHost and friends
        if (proxies != null) builder.proxy(proxies);
        this.client = builder.build();
    }

    /** @param src the reference as written, for messages; @param start the absolute http(s) URL */
    Fetched fetch(String src, URI start) throws FetchFailure {
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        URI uri = start;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<byte[]> response = exchange(src, uri, deadline);
            int status = response.statusCode();
            if (status / 100 == 2) {
                return new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(null));
            }
            Optional<String> location = response.headers().firstValue("Location");
            if (!isRedirect(status) || location.isEmpty()) throw FetchFailure.status(src, status);
            if (redirects == MAX_REDIRECTS) throw FetchFailure.tooManyRedirects(src, MAX_REDIRECTS);
            URI next;
            try {
                next = uri.resolve(location.get().strip());
            } catch (IllegalArgumentException e) {
                throw FetchFailure.badRedirect(src, location.get().strip());
            }
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("http") && "https".equalsIgnoreCase(uri.getScheme())) {
                throw FetchFailure.insecureRedirect(src, next.toString());
            }
            if (!scheme.equals("http") && !scheme.equals("https")) throw FetchFailure.redirectToOtherScheme(src, next.toString());
            uri = next;
        }
    }

    private HttpResponse<byte[]> exchange(String src, URI uri, long deadline) throws FetchFailure {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET()
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", "image/png,image/jpeg,image/gif,image/webp,image/svg+xml,image/*;q=0.8,*/*;q=0.5")
                    .build();
        } catch (IllegalArgumentException e) {
            throw FetchFailure.badAddress(src);
        }
        CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request, this::body);
        long left = deadline - System.nanoTime();
        try {
            if (left <= 0) throw new TimeoutException();
            return pending.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw FetchFailure.timedOut(src, policy.totalTimeout());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchFailure.other(src, "the build was interrupted");
        } catch (ExecutionException e) {
            throw failure(src, uri, e.getCause());
        }
    }

    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2) return CappedBody.unread();
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(policy.maxBytes(), declared);
    }

    private FetchFailure failure(String src, URI uri, Throwable error) {
        String host = uri.getHost() == null ? uri.toString() : uri.getHost();
        String hostAndPort = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) return FetchFailure.tooLarge(src, policy.maxBytes());
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return FetchFailure.hostNotFound(src, host);
            }
            if (t instanceof HttpConnectTimeoutException) return FetchFailure.connectTimedOut(src, hostAndPort, policy.connectTimeout());
            if (t instanceof HttpTimeoutException) return FetchFailure.timedOut(src, policy.totalTimeout());
            if (t instanceof SSLException) return FetchFailure.secureConnection(src, describe(t));
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return FetchFailure.refused(src, hostAndPort);
        }
        return FetchFailure.other(src, describe(error));
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = HttpImageFetcher.class.getResourceAsStream("/org/inkstone/cli/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // no version: the User-Agent says "dev"
        }
        String v = p.getProperty("version", "dev");
        return v.startsWith("${") ? "dev" : v;
    }
}
