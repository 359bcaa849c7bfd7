package org.inkstone.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The SHA-256 of the text appended to it, encoded as UTF-8: the same bytes as {@code text.getBytes(UTF_8)} of the
 * whole text, taken in pieces of a few thousand characters (a surrogate pair is never cut), so that the text need not
 * be held whole.
 */
final class Utf8Digest implements Appendable {
    private static final int PIECE = 8192;
    private final MessageDigest digest;
    private final StringBuilder pending = new StringBuilder(PIECE + 64);

    Utf8Digest() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Utf8Digest append(CharSequence text) {
        pending.append(text);
        if (pending.length() >= PIECE) flush(false);
        return this;
    }

    @Override
    public Utf8Digest append(CharSequence text, int start, int end) {
        pending.append(text, start, end);
        if (pending.length() >= PIECE) flush(false);
        return this;
    }

    @Override
    public Utf8Digest append(char c) {
        pending.append(c);
        if (pending.length() >= PIECE) flush(false);
        return this;
    }

    /** The digest of everything appended; the digest is then spent. */
    byte[] sha256() {
        flush(true);
        return digest.digest();
    }

    /** Encodes what is pending, but for a high surrogate at its end (its pair may still come), unless this is the end. */
    private void flush(boolean end) {
        int n = pending.length();
        if (!end && n > 0 && Character.isHighSurrogate(pending.charAt(n - 1))) n--;
        digest.update(pending.substring(0, n).getBytes(StandardCharsets.UTF_8));
        pending.delete(0, n);
    }
}
