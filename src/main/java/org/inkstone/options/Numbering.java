package org.inkstone.options;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether and how a build numbers its headings, figures and tables: the theme's {@code heading-numbers=}
 * and {@code figure-numbers=} properties, which the front matter (or a book's {@code book.yaml}) may
 * override with the same keys. The numbers are written into the text itself (not drawn by CSS counters),
 * so that the contents, bookmarks, running titles, the EPUB's navigation and a WeChat paste all carry them.
 *
 * @param headings how headings are numbered
 * @param figures  true to number figures ({@code 图 1}) and captioned tables ({@code 表 1})
 */
public record Numbering(HeadingStyle headings, boolean figures) {
    /** Nothing numbered: every theme's default. */
    public static final Numbering OFF = new Numbering(HeadingStyle.OFF, false);

    /** True when the build numbers anything. */
    public boolean any() {
        return headings != HeadingStyle.OFF || figures;
    }

    /** How headings are numbered: three levels deep, from the top level the document numbers. */
    public enum HeadingStyle {
        /** {@code 1}, {@code 1.1}, {@code 1.1.1}. */
        DECIMAL,
        /** {@code 一、}, {@code （一）}, {@code 1.}: the Chinese official and academic convention. */
        CHINESE,
        /** Headings as written. */
        OFF;

        /** {@code decimal}, {@code chinese} or {@code off} (also {@code none}, {@code false}, {@code no}), any case. */
        public static Optional<HeadingStyle> parse(String value) {
            return switch (value == null ? "" : value.strip().toLowerCase(Locale.ROOT)) {
                case "decimal", "on", "true", "yes" -> Optional.of(DECIMAL);
                case "chinese", "zh" -> Optional.of(CHINESE);
                case "off", "none", "false", "no" -> Optional.of(OFF);
                default -> Optional.empty();
            };
        }
    }
}
