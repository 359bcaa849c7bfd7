package org.inkstone.render.epub;

import org.inkstone.model.Metadata;
import org.inkstone.model.PublicationDate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The package metadata of one book, checked and normalised for stores and EPUBCheck: a stable
 * identifier, a well-formed language tag with a script subtag for Chinese, a W3C date or none, and
 * the modification time from the build clock.
 *
 * @param identifier  the front matter's {@code identifier}, else {@code urn:uuid:} + a name-based UUID of title and authors
 * @param language    BCP 47 tag; {@code zh-CN} becomes {@code zh-Hans}, {@code zh-TW} {@code zh-Hant}
 * @param date        {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; "" when the front matter has none that reads as a date
 * @param modified    {@code YYYY-MM-DDThh:mm:ssZ}
 * @param publisher   the front matter's (or book.yaml's) {@code publisher}, "" when none
 * @param rights      its {@code rights} (copyright statement), "" when none
 * @param series      its {@code series}: the series the book belongs to, "" when none
 */
record BookMetadata(String identifier, String title, String subtitle, List<String> authors, String language,
                    String date, String description, List<String> keywords, String modified,
                    String publisher, String rights, String series) {

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Namespace of Inkstone's name-based book identifiers (UUID v5 of the URL namespace and "inkstone:book"). */
    private static final UUID NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    BookMetadata {
        authors = List.copyOf(authors);
        keywords = List.copyOf(keywords);
    }

    static BookMetadata of(Metadata meta, Clock clock) {
        String title = meta.title().isBlank() ? "Untitled" : meta.title().strip();
        List<String> authors = meta.authors().stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
        String identifier = meta.identifier().isBlank() ? "urn:uuid:" + nameUuid(title, authors) : meta.identifier().strip();
        return new BookMetadata(identifier, title, meta.subtitle().strip(), authors, meta.language(),
                date(meta.date()), meta.description().strip(),
                meta.keywords().stream().map(String::strip).filter(k -> !k.isEmpty()).toList(),
                MODIFIED.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)),
                text(meta, "publisher"), text(meta, "rights"), text(meta, "series"));
    }

    /** A key of {@link Metadata#extra} the package reads: its text (or number); "" when absent, a list or a map. */
    private static String text(Metadata meta, String key) {
        Object v = meta.extra().get(key);
        if (v == null || v instanceof Collection<?> || v instanceof Map<?, ?>) return "";
        return String.valueOf(v).strip();
    }

    /** A UUID (version 5, SHA-1) derived from the title and authors: the same book gets the same identifier on every build. */
    static UUID nameUuid(String title, List<String> authors) {
        String name = "inkstone:book\n" + title + "\n" + String.join("\n", authors);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this Java runtime", e);
        }
    }

    /** The date as the OPF wants it; the reader already warned about, and blanked, one that is not a date. */
    static String date(String date) {
        return date.isBlank() ? "" : PublicationDate.normalised(date).orElse("");
    }
}
