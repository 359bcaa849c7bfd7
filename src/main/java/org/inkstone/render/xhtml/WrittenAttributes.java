package org.inkstone.render.xhtml;

import org.inkstone.model.Attributes;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * pandoc attributes ({@code {#id .class key=value}}) on a written element: the id (unless the element
 * already has one), each class as written (so a reader's own style sheet finds the names it wrote;
 * a class that is also a theme class takes that style), and each key–value as {@code data-KEY}.
 * A key that cannot be an attribute name is left out.
 */
final class WrittenAttributes {
    private static final Pattern KEY = Pattern.compile("[a-z_][a-z0-9._-]*");
    private static final Pattern CLASS = Pattern.compile("[^\\s\"'<>&]+");

    private WrittenAttributes() {}

    static Element apply(Element e, Attributes a) {
        if (a.isEmpty()) return e;
        if (a.id() != null && !e.hasAttr("id")) e.id(a.id());
        for (String c : a.classes()) if (CLASS.matcher(c).matches()) e.addClass(c);
        for (Map.Entry<String, String> kv : a.values().entrySet()) {
            String key = kv.getKey().toLowerCase(Locale.ROOT);
            if (KEY.matcher(key).matches() && !key.startsWith("xml")) e.attr("data-" + key, kv.getValue());
        }
        return e;
    }
}
