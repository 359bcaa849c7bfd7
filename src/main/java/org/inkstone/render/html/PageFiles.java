package org.inkstone.render.html;

import org.inkstone.model.BookLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The file of each chapter's page in a web book, named after the chapter's own file:
 * {@code part1/green.md} → {@code part1/green.html}, in the same folders, so that the book's
 * addresses read like its sources. Names the book needs itself ({@code index.html}, {@code book.css},
 * {@code book.js}, {@code search-index.js}) and names already taken (two files that differ only in
 * case, {@code a.md} and {@code a.markdown}) get {@code -2}, {@code -3} …; a {@code ..} that would
 * lead above the book's folder is left out, so that no page is written outside it.
 */
final class PageFiles {
    static final String INDEX = "index.html";
    static final String STYLE = "book.css";
    static final String SCRIPT = "book.js";
    static final String SEARCH_INDEX = "search-index.js";

    private PageFiles() {}

    /** One file name per chapter of the layout, in its order. */
    static List<String> of(BookLayout layout) {
        Set<String> taken = new HashSet<>(List.of(INDEX, STYLE, SCRIPT, SEARCH_INDEX));
        List<String> files = new ArrayList<>();
        for (BookLayout.Placed placed : layout.chapters()) {
            String base = baseName(placed.chapter().path());
            String name = base + ".html";
            for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) name = base + "-" + n + ".html";
            taken.add(name.toLowerCase(Locale.ROOT));
            files.add(name);
        }
        return files;
    }

    /** The chapter's path, normalised and kept inside the book, without its Markdown extension. */
    private static String baseName(String chapterPath) {
        List<String> segments = new ArrayList<>();
        for (String s : chapterPath.replace('\\', '/').split("/")) {
            if (s.equals("..")) {
                if (!segments.isEmpty()) segments.remove(segments.size() - 1);
            } else if (!s.isEmpty() && !s.equals(".")) {
                segments.add(s);
            }
        }
        if (segments.isEmpty()) return "chapter";
        String last = segments.remove(segments.size() - 1);
        String lower = last.toLowerCase(Locale.ROOT);
        for (String ext : new String[] {".md", ".markdown"}) {
            if (lower.endsWith(ext) && lower.length() > ext.length()) {
                last = last.substring(0, last.length() - ext.length());
                break;
            }
        }
        segments.add(last);
        return String.join("/", segments);
    }
}
