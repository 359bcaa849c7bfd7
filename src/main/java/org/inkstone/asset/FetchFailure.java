package org.inkstone.asset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Why a remote image could not be had, as the warning the user reads: each message names the URL
 * as written in the document and says what the user can do. Carries no stack trace: it is never
 * printed, only reported.
 */
final class FetchFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private static final String OR_DOWNLOAD = "download the image next to the document and refer to the file";
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    private FetchFailure(String message) {
        super(message, null, false, false);
    }

    static FetchFailure badAddress(String src) {
        return new FetchFailure("remote image address '" + src + "' is not a valid URL; check it (write spaces as %20)");
    }

    static FetchFailure hostNotFound(String src, String host) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: host '" + host + "' not found;"
                + " check the address and your network connection, or " + OR_DOWNLOAD);
    }

    static FetchFailure refused(String src, String hostAndPort) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: " + hostAndPort
                + " refused the connection; check the address and your network connection, or " + OR_DOWNLOAD);
    }

    static FetchFailure connectTimedOut(String src, String host, Duration timeout) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: no connection to " + host + " within "
                + seconds(timeout) + "; check your network connection, or " + OR_DOWNLOAD);
    }

    static FetchFailure status(String src, int status) {
        String reason = REASONS.get(status);
        String hint = status == 429 || status >= 500 ? "try again later" : "check the address";
        return new FetchFailure("remote image '" + src + "' could not be fetched: the server answered HTTP " + status
                + (reason == null ? "" : " (" + reason + ")") + "; " + hint + ", or " + OR_DOWNLOAD);
    }

    static FetchFailure tooManyRedirects(String src, int max) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: the server redirected it more than "
                + max + " times; check the address, or " + OR_DOWNLOAD);
    }

    static FetchFailure insecureRedirect(String src, String target) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: the server redirected it from https"
                + " to '" + target + "', which is not followed; write that address if you trust it, or " + OR_DOWNLOAD);
    }

    /** A redirect to {@code file:}, {@code ftp:}, {@code data:}… : only http and https are ever fetched. */
    static FetchFailure redirectToOtherScheme(String src, String target) {
        return new FetchFailure("image '" + src + "' redirects to " + target
                + ", which is not allowed; only http and https images are fetched");
    }

    static FetchFailure badRedirect(String src, String location) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: the server redirected it to '" + location
                + "', which is not a valid address; check the address, or " + OR_DOWNLOAD);
    }

    static FetchFailure timedOut(String src, Duration total) {
        return new FetchFailure("remote image '" + src + "' timed out after " + seconds(total)
                + " (the server did not send it in time); try again later, or " + OR_DOWNLOAD);
    }

    static FetchFailure tooLarge(String src, long maxBytes) {
        return new FetchFailure("remote image '" + src + "' is larger than the " + size(maxBytes)
                + " limit; download it, make it smaller and refer to the file");
    }

    static FetchFailure notAnImage(String src, String contentType) {
        String type = mediaType(contentType);
        if (type != null && type.startsWith("image/")) {
            return new FetchFailure("remote image '" + src + "' is " + type + ", not a PNG, JPEG, GIF, WebP or SVG image;"
                    + " convert it to PNG or JPEG, put it next to the document and refer to the file");
        }
        return new FetchFailure("remote image '" + src + "' is not an image: the server sent "
                + (type == null ? "data of no image format" : type) + " (perhaps an error or sign-in page);"
                + " check the address, or " + OR_DOWNLOAD);
    }

    static FetchFailure secureConnection(String src, String detail) {
        return new FetchFailure("remote image '" + src + "' could not be fetched: the secure connection failed ("
                + detail + "); check the address, or " + OR_DOWNLOAD);
    }

    static FetchFailure offlineMiss(String src) {
        return new FetchFailure("remote image '" + src + "' is not in the image cache and --offline forbids fetching it;"
                + " build once without --offline to fetch it into the cache");
    }

    static FetchFailure other(String src, String detail) {
        return new FetchFailure("remote image '" + src + "' could not be fetched (" + detail + "); try again later, or "
                + OR_DOWNLOAD);
    }

    /** {@code 20 s}, {@code 0.3 s}. */
    static String seconds(Duration d) {
        BigDecimal s = BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString() + " s";
    }

    /** {@code 20 MB}, {@code 2.5 MB}; a cap under a tenth of a megabyte in bytes: {@code 1000 bytes}. */
    static String size(long bytes) {
        long mb = 1024L * 1024;
        if (bytes < mb / 10) return bytes + " bytes";
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(mb), 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return (value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value).toPlainString() + " MB";
    }

    /** {@code text/html} from {@code Text/HTML; charset=utf-8}; null for none. */
    private static String mediaType(String contentType) {
        if (contentType == null) return null;
        int semi = contentType.indexOf(';');
        String type = (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }
}
