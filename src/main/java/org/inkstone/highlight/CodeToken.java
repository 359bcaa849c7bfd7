package org.inkstone.highlight;

import java.util.List;

/**
 * A run of code text and the tokens it lies in, for a theme to colour.
 *
 * @param text  the characters, exactly as in the source
 * @param kinds the enclosing tokens, outermost first (empty for plain text); each is a prism token
 *              type such as {@code string} or {@code punctuation}, possibly followed by a space and
 *              an alias ({@code "attribute attr-name"}). A quote inside an attribute value is
 *              {@code ["attr-value", "punctuation"]}: writers nest one span per kind.
 */
public record CodeToken(String text, List<String> kinds) {
    public CodeToken {
        kinds = List.copyOf(kinds);
    }

    public boolean plain() {
        return kinds.isEmpty();
    }

    /** Whether this run lies in a token of this type (or alias). */
    public boolean in(String kind) {
        for (String k : kinds) {
            for (String part : k.split(" ")) if (part.equals(kind)) return true;
        }
        return false;
    }
}
