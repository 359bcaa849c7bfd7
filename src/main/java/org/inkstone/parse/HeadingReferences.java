package org.inkstone.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.util.ast.Node;
import org.inkstone.model.HeadingSlug;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's implicit heading references: {@code [Options]} or {@code [the options][Options]}, with no
 * link definition of that name, links to the (first) heading whose text is "Options" (case and runs
 * of spaces do not matter). Found once per file, before converting, so a reference may come before
 * its heading: a referenced heading without a written {@code {#id}} gets its id here (its slug, made
 * unique among the written ids), and the reference links to it.
 */
final class HeadingReferences {
    /** A label in brackets inside an Admonition fence, whose body is parsed later. */
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]+)\\]");

    /** Key of each referenced heading's text → the id the reference links to. */
    private final Map<String, String> ids = new HashMap<>();
    /** The referenced headings that have no written id → the id given to them. */
    private final Map<Node, String> given = new IdentityHashMap<>();

    /** No references at all (for text parsed without its file, such as a test fragment). */
    HeadingReferences() {}

    /** The references of one parsed file. */
    static HeadingReferences of(com.vladsch.flexmark.util.ast.Document ast) {
        HeadingReferences refs = new HeadingReferences();
        Set<String> labels = new HashSet<>();
        Set<String> written = new HashSet<>();
        java.util.List<Heading> headings = new java.util.ArrayList<>();
        for (Node n : ast.getDescendants()) {
            if (n instanceof Heading h) {
                headings.add(h);
                AttributeSyntax.Trailing t = AttributeSyntax.trailing(InlineConverter.plainText(h));
                if (t != null && t.attributes().id() != null) written.add(t.attributes().id());
            } else if (n instanceof LinkRef r && !r.isDefined()) {
                labels.add(key(r.getReference().unescape()));
            } else if (n instanceof FencedCodeBlock f && f.getInfo().toString().toLowerCase(Locale.ROOT).startsWith("ad-")) {
                Matcher m = BRACKETED.matcher(f.getContentChars());
                while (m.find()) labels.add(key(m.group(1)));
            }
        }
        Set<String> used = new HashSet<>(written);
        for (Heading h : headings) {
            String text = InlineConverter.plainText(h);
            AttributeSyntax.Trailing t = AttributeSyntax.trailing(text);
            if (t != null) text = t.before();
            String key = key(text);
            if (!labels.contains(key) || refs.ids.containsKey(key)) continue;
            String id = t != null ? t.attributes().id() : null;
            if (id == null) {
                String base = HeadingSlug.of(text);
                id = base;
                for (int i = 1; used.contains(id); i++) id = base + "-" + i;
                used.add(id);
                refs.given.put(h, id);
            }
            refs.ids.put(key, id);
        }
        return refs;
    }

    /** The id of the heading {@code label} names, or null when no heading has that text. */
    String idFor(String label) {
        return ids.get(key(label));
    }

    /** The id this heading gets because it is referenced and has no written id, or null. */
    String givenId(Heading heading) {
        return given.get(heading);
    }

    private static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
