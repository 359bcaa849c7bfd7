package org.inkstone.asset;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Image formats recognised by their first bytes, not by their file names. */
public enum ImageFormat {
    PNG("image/png"), JPEG("image/jpeg"), GIF("image/gif"), WEBP("image/webp"), SVG("image/svg+xml");

    private final String mediaType;

    ImageFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of these bytes, or null when they are no image we know. */
    public static ImageFormat sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return PNG;
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) return JPEG;
        if (startsWith(head, 'G', 'I', 'F', '8')) return GIF;
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') return WEBP;
        String text = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.UTF_8).stripLeading().toLowerCase(Locale.ROOT);
        if (text.startsWith("<svg") || (text.startsWith("<?xml") || text.startsWith("<!--")) && text.contains("<svg")) return SVG;
        return null;
    }

    private static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) return false;
        for (int i = 0; i < sig.length; i++) if ((b[i] & 0xFF) != sig[i]) return false;
        return true;
    }
}
