package org.inkstone.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A front-matter {@code date:} checked to be a real calendar date and put in the W3C form EPUB
 * stores want: {@code 2026}, {@code 2026-03}, {@code 2026-03-08} or a full ISO date-time with its
 * zone ({@code 2026-03-08T09:30:00+08:00}). The loose forms Chinese writers use ({@code 2026年3月8日},
 * {@code 2026/3/8}, {@code 2026.3}) are accepted too. {@code 2025-13-45} is not a date.
 */
public final class PublicationDate {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern LOOSE_DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*(?:[-/.月]\\s*(\\d{1,2})\\s*日?)?\\s*月?");

    private PublicationDate() {}

    /** The date in W3C form, or empty when {@code text} is not a real date in one of the accepted forms. */
    public static Optional<String> normalised(String text) {
        String d = text.strip();
        try {
            if (YEAR.matcher(d).matches()) return Optional.of(d);
            if (DATE_TIME.matcher(d).matches()) {
                OffsetDateTime.parse(d.length() == 16 || d.charAt(16) != ':' ? insertSeconds(d) : d);
                return Optional.of(d);
            }
            Matcher m = LOOSE_DATE.matcher(d);
            if (!m.matches()) return Optional.empty();
            int year = Integer.parseInt(m.group(1)), month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) return Optional.of(YearMonth.of(year, month).toString());
            return Optional.of(LocalDate.of(year, month, Integer.parseInt(m.group(3))).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** {@code 2026-03-08T09:30Z} → {@code 2026-03-08T09:30:00Z}, for the parser only. */
    private static String insertSeconds(String d) {
        return d.substring(0, 16) + ":00" + d.substring(16);
    }
}
