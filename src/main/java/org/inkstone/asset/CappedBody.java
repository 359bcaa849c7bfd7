package org.inkstone.asset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected in memory up to a cap. A body that passes the cap, or whose
 * Content-Length announces that it will, is abandoned (the subscription is cancelled, which closes
 * the connection) and completes with {@link TooLarge}; so does a body without Content-Length
 * (chunked) as soon as the cap is passed.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    /** The body passed the cap. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("body larger than the cap", null);
        }
    }

    private final boolean wanted;
    private final long maxBytes;
    private final long declaredLength;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    /** @param declaredLength the Content-Length, or -1 when the server did not say */
    CappedBody(long maxBytes, long declaredLength) {
        this(true, maxBytes, declaredLength);
    }

    private CappedBody(boolean wanted, long maxBytes, long declaredLength) {
        this.wanted = wanted;
        this.maxBytes = maxBytes;
        this.declaredLength = declaredLength;
    }

    /** A body that is not wanted (an error page, a redirect): the connection is closed, nothing is read. */
    static HttpResponse.BodySubscriber<byte[]> unread() {
        return new CappedBody(false, 0, -1);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (!wanted) {
            s.cancel();
            result.complete(new byte[0]);
        } else if (declaredLength > maxBytes) {
            s.cancel();
            result.completeExceptionally(new TooLarge());
        } else {
            s.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) return;
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (buffer.size() + (long) n > maxBytes) {
                subscription.cancel();
                result.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[n];
            b.get(chunk);
            buffer.write(chunk, 0, n);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
