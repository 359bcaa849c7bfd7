package org.inkstone.model;

import java.util.Locale;

/**
 * The GitHub/Typora slug of a heading's text, the id a heading gets when none is written: lower
 * case, letters and digits of any script kept, spaces to hyphens, punctuation dropped
 * ({@code 第二章 边界情况} gives {@code 第二章-边界情况}); "section" when nothing is left.
 */
public final class HeadingSlug {
    private HeadingSlug() {}

    public static String of(String text) {
        StringBuilder sb = new StringBuilder();
        text.strip().toLowerCase(Locale.ROOT).codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-') sb.appendCodePoint(cp);
            else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) sb.append('-');
        });
        String s = sb.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "section" : s;
    }
}
