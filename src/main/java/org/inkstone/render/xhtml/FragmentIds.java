package org.inkstone.render.xhtml;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** The id a link's {@code #fragment} names, for every output that matches links to ids. */
public final class FragmentIds {
    private FragmentIds() {}

    /**
     * {@code fragment} (without its {@code #}) percent-decoded, so {@code #%E7%AC%AC} finds the id
     * {@code 第}; a {@code +} stays a plus, and text that is not valid percent-encoding is taken as written.
     */
    public static String decoded(String fragment) {
        if (!fragment.contains("%")) return fragment;
        try {
            return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return fragment;
        }
    }
}
