package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links of one article, as the writer writes them. A target the {@link AllowedUrls} rule keeps
 * becomes an {@code <a href>}; any other loses its link (its text stays) with one warning at its
 * line. Once the article is whole, a link to a {@code #fragment} that no element of the article
 * carries loses its link too, with a warning at the line it was written on: every output gets the
 * same article and says the same words, so the warning shows once, and no output keeps a link that
 * goes nowhere (the PDF library would otherwise complain about it in its own words, without a line).
 */
final class LinkTargets {
    private final Diagnostics diagnostics;
    /** The line each written link came from, for the fragment check. */
    private final Map<Element, Integer> lines = new IdentityHashMap<>();

    LinkTargets(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Appends {@code <a href>} to {@code parent} and returns it; or, for a target that is not kept,
     * warns at {@code line} and returns {@code parent} itself, for the link's content to go in as it is.
     */
    Element append(Element parent, String href, int line) {
        if (!AllowedUrls.link(href)) {
            diagnostics.warn(line, AllowedUrls.linkRemoved(href));
            return parent;
        }
        Element a = parent.appendElement("a").attr("href", href);
        lines.put(a, line);
        return a;
    }

    /** Remembers where a link written as raw HTML was written (its target was judged by the sanitiser). */
    void written(Element a, int line) {
        lines.put(a, line);
    }

    /** Unlinks, with a warning at its line, each {@code #fragment} link whose target is not in {@code article}. */
    void checkFragments(Element article) {
        Set<String> ids = new HashSet<>();
        List<Element> fragmentLinks = new ArrayList<>();
        // one walk for what [id], a[name] and a[href^=#] would select (a book has tens of thousands of elements);
        // a traversal, not getAllElements(), whose stream and list of every element took three times as long
        NodeTraversor.traverse((node, depth) -> {
            if (!(node instanceof Element e)) return;
            if (e.hasAttr("id")) ids.add(e.id());
            if (!e.normalName().equals("a")) return;
            if (e.hasAttr("name")) ids.add(e.attr("name"));
            if (e.hasAttr("href") && e.attr("href").startsWith("#")) fragmentLinks.add(e);
        }, article);
        for (Element a : fragmentLinks) {
            String fragment = a.attr("href").substring(1);
            if (ids.contains(fragment) || ids.contains(FragmentIds.decoded(fragment))) continue;
            Integer line = lines.get(a);
            diagnostics.warn(line != null && line > 0 ? line : diagnostics.source().linkLineOf(a.attr("href")),
                    fragment.isEmpty() ? "link # names no heading (an empty #fragment); its text is kept without the link"
                            + " (write the heading's id after the #, or remove the link)"
                            : "link #" + fragment + " points at no heading or note in the document; its text is kept"
                            + " without the link (check the spelling, or give the heading an id with {#id})");
            if (a.hasAttr("id") || a.hasAttr("name")) a.removeAttr("href"); // still a target itself
            else if (a.childNodeSize() == 0) a.remove();
            else a.unwrap();
        }
    }

}
