package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Metadata;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * The front matter's (or book.yaml's) {@code lang}, decided once for every output: Chinese region tags become the
 * script tags ebook stores and readers want ({@code zh-CN} → {@code zh-Hans}, {@code zh-TW} →
 * {@code zh-Hant}); something that is not a language tag is a warning at its line and the default.
 */
final class LanguageTag {
    private LanguageTag() {}

    /**
     * @param line  the line of {@code lang:}, where a warning points
     * @param where what {@code lang:} was written in, for the warning: "front matter", "book.yaml"
     */
    static String normalise(String lang, int line, String where, Diagnostics diagnostics) {
        String tag = lang.strip().replace('_', '-');
        if (tag.isEmpty()) return "";
        switch (tag.toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh-sg", "zh-hans-cn" -> { return "zh-Hans"; }
            case "zh-tw", "zh-hk", "zh-mo", "zh-hant-tw" -> { return "zh-Hant"; }
            default -> { }
        }
        try {
            String wellFormed = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
            if (!wellFormed.equals("und")) return tag;
        } catch (IllformedLocaleException e) {
            // reported below
        }
        diagnostics.warn(line, where + " lang '" + lang
                + "' is not a language tag; using " + Metadata.DEFAULT_LANGUAGE + " (write lang: zh-Hans, zh-Hant or en)");
        return Metadata.DEFAULT_LANGUAGE;
    }
}
