package org.inkstone.transform;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.HeadingSlug;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.Text;
import org.inkstone.model.WikiLink;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Points links between a book's chapters at their headings: {@code [x](other.md)} at the other chapter's
 * opening heading, {@code [x](other.md#id)} and {@code [x](../part2/ch.md#id)} at that heading (by the id it
 * had in its own file), {@code [x](#id)} at the chapter's own heading under its id in the book, and
 * Obsidian's {@code [[other]]}, {@code [[other#标题|别名]]} and {@code [[#标题]]} likewise (a note by its
 * file name, a heading by its text). mdBook's {@code other.html} and a path without {@code .md} find the
 * chapter too. A link to a Markdown file the book does not hold keeps its text without the link, and a
 * heading the other chapter does not have sends the link to the chapter's start; both with a warning at
 * the link's line. Web links and links to other files are left as they are.
 */
final class ChapterLinks {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private final Map<String, BookAssembly.Entry> byPath = new HashMap<>();
    private final Map<String, BookAssembly.Entry> byName = new HashMap<>();
    private final Diagnostics diagnostics;

    ChapterLinks(List<BookAssembly.Entry> chapters, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (BookAssembly.Entry e : chapters) {
            byPath.putIfAbsent(e.chapter.path(), e);
            String name = e.chapter.path().substring(e.chapter.path().lastIndexOf('/') + 1);
            byName.putIfAbsent(withoutExtension(name).toLowerCase(Locale.ROOT), e);
        }
    }

    /** The link as the book holds it: the link itself, pointed elsewhere, or only its content. */
    List<Inline> link(BookAssembly.Entry from, Link l) {
        String href = l.href().strip();
        if (href.isEmpty() || href.startsWith("//") || href.startsWith("/") || SCHEME.matcher(href).matches()) return List.of(l);
        int hash = href.indexOf('#');
        String path = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : decoded(href.substring(hash + 1));
        if (path.isEmpty()) {
            String id = from.ids.get(fragment);
            return List.of(id == null ? l : retargeted(l, id));
        }
        int query = path.indexOf('?');
        if (query >= 0) path = path.substring(0, query);
        String resolved = resolve(from.folder(), decoded(path));
        BookAssembly.Entry target = resolved == null ? null : chapterAt(resolved);
        if (target != null) return List.of(retargeted(l, headingIn(target, fragment, href, l.line())));
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            diagnostics.warn(l.line(), "link to '" + href + "' points at a file that is not in the book (the summary does not"
                    + " list it); its text is kept without the link (add the file to SUMMARY.md or book.yaml, or link to a web address)");
            return l.content();
        }
        return List.of(l);
    }

    /** An Obsidian wiki link as the book holds it: a link to the chapter or heading it names, or itself. */
    List<Inline> wikiLink(BookAssembly.Entry from, WikiLink w) {
        int line = from.lineOf("[[" + w.page());
        BookAssembly.Entry target = from;
        if (!w.page().isEmpty()) {
            String page = w.page().strip();
            target = chapterAt(resolve(from.folder(), page) == null ? page : resolve(from.folder(), page));
            if (target == null) target = byName.get(withoutExtension(page.substring(page.lastIndexOf('/') + 1)).toLowerCase(Locale.ROOT));
            if (target == null) {
                diagnostics.warn(line, "wiki link [[" + w.page() + "]] names no chapter of the book; its text is kept without the"
                        + " link (write the chapter's file name, or add the note to SUMMARY.md or book.yaml)");
                return List.of(w);
            }
        }
        String id = w.heading().isEmpty() ? target.anchor : headingIn(target, w.heading(), "[[" + w.page() + "#" + w.heading() + "]]", line);
        return List.of(new Link("#" + id, "", List.of(new Text(label(w, target))), line));
    }

    /** The alias; else the chapter's title (a reader of the book knows it, not its file name), with the heading after it. */
    private static String label(WikiLink w, BookAssembly.Entry target) {
        if (!w.alias().isEmpty() || w.page().isEmpty()) return w.label();
        String title = target.chapter.title().isEmpty() ? w.page() : target.chapter.title();
        return w.heading().isEmpty() ? title : title + " › " + w.heading();
    }

    /** The id in the book of the heading {@code wanted} names in {@code target} (its id or its text); the chapter's start when none. */
    private String headingIn(BookAssembly.Entry target, String wanted, String written, int line) {
        if (wanted.isEmpty()) return target.anchor;
        String id = target.ids.get(wanted);
        if (id == null) {
            String byText = target.headingsByText.get(wanted.strip());
            if (byText == null) byText = HeadingSlug.of(wanted);
            id = target.ids.get(byText);
        }
        if (id != null) return id;
        diagnostics.warn(line, "link " + written + ": " + target.chapter.path() + " has no heading '" + wanted + "'; the link goes"
                + " to the start of that chapter (check the heading's spelling or id)");
        return target.anchor;
    }

    private BookAssembly.Entry chapterAt(String path) {
        BookAssembly.Entry e = byPath.get(path);
        if (e != null) return e;
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html")) return byPath.get(path.substring(0, path.length() - 5) + ".md");
        if (!lower.endsWith(".md") && !lower.endsWith(".markdown")) return byPath.get(path + ".md");
        return null;
    }

    private static Link retargeted(Link l, String id) {
        return new Link("#" + id, l.title(), l.content(), l.line(), l.attributes());
    }

    /** {@code path} from {@code folder}, both relative to the book's folder; null when it leaves the book. */
    static String resolve(String folder, String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (folder + path.replace('\\', '/')).split("/")) {
            if (p.isEmpty() || p.equals(".")) continue;
            if (p.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    private static String withoutExtension(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".md", ".markdown", ".html"}) {
            if (lower.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }

    private static String decoded(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
