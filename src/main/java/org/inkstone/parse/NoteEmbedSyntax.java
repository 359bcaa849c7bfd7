package org.inkstone.parse;

import org.inkstone.model.NoteEmbed;

import java.util.Locale;
import java.util.Set;

/**
 * Tells an Obsidian note embed ({@code ![[note]]}, {@code ![[note#heading]]}, {@code ![[note#^block]]},
 * {@code .md} optional) from an attachment embed ({@code ![[og.png|200]]}): a target whose name ends in
 * an image, PDF, audio or video extension is an attachment (an image, as before); anything else names a note.
 */
final class NoteEmbedSyntax {
    private static final Set<String> ATTACHMENTS = Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "avif",
            "tif", "tiff", "ico", "heic", "pdf", "mp3", "wav", "m4a", "ogg", "flac", "3gp", "webm", "mp4", "mov", "mkv", "ogv");

    private NoteEmbedSyntax() {}

    /** True when {@code link} (the part of {@code ![[…]]} before any {@code |}) names a note, not an attachment. */
    static boolean isNote(String link) {
        String page = page(link);
        int dot = page.lastIndexOf('.');
        if (dot <= page.lastIndexOf('/') + 1) return true;
        return !ATTACHMENTS.contains(page.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The embed {@code link} names, at {@code line}. */
    static NoteEmbed embed(String link, int line) {
        String page = page(link);
        String note = page.regionMatches(true, Math.max(0, page.length() - 3), ".md", 0, 3) && page.length() > 3
                ? page.substring(0, page.length() - 3) : page;
        int hash = link.indexOf('#');
        String anchor = hash < 0 ? "" : link.substring(hash + 1).strip();
        if (anchor.startsWith("^")) return new NoteEmbed(note, "", anchor.substring(1).strip(), line);
        return new NoteEmbed(note, anchor, "", line);
    }

    private static String page(String link) {
        int hash = link.indexOf('#');
        return (hash < 0 ? link : link.substring(0, hash)).strip();
    }
}
