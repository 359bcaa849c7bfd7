package org.inkstone.render.epub;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.render.xhtml.FragmentIds;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Points every in-book link at the file that now holds its target, once the book is cut into
 * files: {@code #id} stays as it is within a file and becomes {@code chapter-004.xhtml#id} across
 * files (footnotes, their back links, cross-references, the {@code [TOC]}). Links that cannot work
 * inside an EPUB keep their text without the link, with a warning: a {@code #fragment} no element
 * carries, or a path to a local file (EPUBCheck rejects both). Web, mail and other absolute links stay.
 */
final class CrossLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    /** A file of the book and its content element. */
    record Page(String fileName, Element content) {}

    private CrossLinks() {}

    static void resolve(List<Page> pages, Diagnostics diagnostics) {
        Map<String, String> fileOf = new HashMap<>();
        for (Page p : pages) {
            for (Element e : p.content().select("[id]")) fileOf.putIfAbsent(e.id(), p.fileName());
        }
        Set<String> unresolved = new LinkedHashSet<>();
        Set<String> local = new LinkedHashSet<>();
        for (Page p : pages) {
            for (Element a : p.content().select("a[href]")) {
                String href = a.attr("href").strip();
                if (href.startsWith("#")) {
                    String id = FragmentIds.decoded(href.substring(1));
                    String file = fileOf.get(id);
                    if (file == null) {
                        unresolved.add(href);
                        unwrap(a);
                    } else {
                        a.attr("href", file.equals(p.fileName()) ? "#" + id : file + "#" + id);
                    }
                } else if (href.startsWith("//")) {
                    a.attr("href", "https:" + href);
                } else if (!SCHEME.matcher(href).matches() || href.regionMatches(true, 0, "file:", 0, 5)
                        || href.regionMatches(true, 0, "data:", 0, 5)) {
                    local.add(href);
                    unwrap(a);
                }
            }
        }
        for (String href : unresolved) {
            diagnostics.warn(lineOf(href, diagnostics), "link " + href + " points at no heading or note in the book;"
                    + " the EPUB shows its text without the link (check the spelling, or give the heading an id with {#id})");
        }
        for (String href : local) {
            diagnostics.warn(lineOf(href, diagnostics), "link to '" + href + "' points at a file that is not part of the EPUB;"
                    + " the EPUB shows its text without the link (link to a web address or a heading instead)");
        }
    }

    /** Where the link is written (as typed, or with its fragment decoded); 0 when not found. */
    private static int lineOf(String href, Diagnostics diagnostics) {
        int line = diagnostics.source().linkLineOf(href);
        if (line == 0 && href.startsWith("#")) line = diagnostics.source().linkLineOf("#" + FragmentIds.decoded(href.substring(1)));
        return line;
    }

    private static void unwrap(Element a) {
        if (a.childNodeSize() == 0) a.remove();
        else a.unwrap();
    }
}
