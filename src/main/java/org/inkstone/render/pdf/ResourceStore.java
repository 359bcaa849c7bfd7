package org.inkstone.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The only place OpenHTMLtoPDF may load anything from: bytes the renderer registered (images the
 * asset resolver handed over), under {@code ink:/…} URIs. Every other URI (http, https, file,
 * jar, data …) resolves to nothing, so the PDF library opens no file and no connection itself.
 */
final class ResourceStore implements FSStreamFactory, FSUriResolver {
    static final String SCHEME = "ink";
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final Map<String, CompletableFuture<Optional<AlphaPng.Encoded>>> alphaPngs = new LinkedHashMap<>();
    private CompletableFuture<?> encoding = CompletableFuture.completedFuture(null);

    /**
     * Registers bytes under {@code ink:/<path>} and returns that URI. A PNG with alpha ({@link AlphaPng}) is queued to be
     * encoded for the PDF on another thread, while the page is written.
     */
    String put(String path, byte[] bytes) {
        String uri = SCHEME + ":/" + path;
        resources.put(uri, bytes);
        if (uri.endsWith(".png") && AlphaPng.hasAlpha(bytes)) {
            // one after the other, on one thread at a time: a book's images are not all decoded at once
            CompletableFuture<Optional<AlphaPng.Encoded>> next = encoding.handleAsync((before, failed) -> AlphaPng.read(bytes).map(AlphaPng::encode));
            alphaPngs.put(uri, next);
            encoding = next;
        }
        return uri;
    }

    /** The PNGs with alpha registered, each encoded (or being encoded) for the PDF; empty for other PNGs. */
    Map<String, CompletableFuture<Optional<AlphaPng.Encoded>>> alphaPngs() {
        return alphaPngs;
    }

    boolean holds(String uri) {
        return uri != null && resources.containsKey(uri);
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        return holds(uri) ? uri : null;
    }

    @Override
    public FSStream getUrl(String url) {
        byte[] bytes = resources.get(url);
        return new FSStream() {
            @Override public InputStream getStream() {
                return bytes == null ? null : new ByteArrayInputStream(bytes);
            }

            @Override public Reader getReader() {
                return bytes == null ? null : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
            }
        };
    }

    /** Refuses every request, for the protocols the library would otherwise open itself. */
    static final FSStreamFactory REFUSE = url -> new FSStream() {
        @Override public InputStream getStream() { return null; }
        @Override public Reader getReader() { return null; }
    };
}
