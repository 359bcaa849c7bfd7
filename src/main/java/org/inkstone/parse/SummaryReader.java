package org.inkstone.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.parse.ChapterList.Entry;
import org.inkstone.parse.ChapterList.Matter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a book's SUMMARY.md: mdBook's format, whose list syntax HonKit and GitBook share. Line by
 * line: an optional title heading; prefix chapter links ({@link Matter#FRONT}); list items, nested
 * by indentation, under optional part headings ({@link Matter#BODY}); suffix chapter links after the
 * last list ({@link Matter#BACK}); {@code ---} separators. Each line's inline Markdown is read with
 * the same flexmark parser as the chapters. HTML comments are ignored; anything else is a warning
 * at its line.
 */
public final class SummaryReader {
    private static final Pattern ATX_HEADING = Pattern.compile(" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*");
    /** {@code ---}, {@code ***}, {@code ___} (spaces between allowed); HonKit's own documentation writes {@code --}. */
    private static final Pattern SEPARATOR =
            Pattern.compile(" {0,3}(?:(?:-[ \t]*){3,}|(?:\\*[ \t]*){3,}|(?:_[ \t]*){3,}|--[ \t]*)");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile(" {0,3}(?:=+|-{2,})[ \t]*");
    private static final Pattern ITEM = Pattern.compile("([ \t]*)(?:[-*+]|\\d{1,9}[.)])(?:[ \t]+(.*))?");
    private static final Pattern DEFINITION = Pattern.compile(" {0,3}\\[((?:[^\\]\\\\]|\\\\.)+)\\]:.*");
    private static final Pattern BRACKETED = Pattern.compile("\\[((?:[^\\[\\]\\\\]|\\\\.)+)\\]");
    /** A line that is one link with plain text and a plain destination, read without flexmark (most lines are). */
    private static final Pattern PLAIN_LINK = Pattern.compile("\\[([^\\[\\]\\\\`*_<>&$=~^%!{}|]*)\\]\\(([^\\s()<>\\\\&\"']*)\\)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    /** Headings that name the list, not the book. */
    private static final Set<String> NOT_A_TITLE = Set.of("summary", "table of contents", "contents", "目录", "目錄", "目次");
    /** Part titles are headings of these levels: mdBook writes {@code #}, HonKit {@code ##} or {@code ###}. */
    private static final int DEEPEST_PART_LEVEL = 3;
    private static final int EXCERPT = 40;
    private static final String EXAMPLE = "# 书名\n\n- [第一章](ch1.md)\n- [第二章](ch2.md)";

    private enum Kind { BLANK, HEADING, SEPARATOR, ITEM, TEXT }

    /** What a heading, item or text line says: its plain text and its first link, if any. */
    private record Content(String text, String linkTitle, String destination) {
        static final Content NONE = new Content("", "", null);
        boolean hasLink() { return destination != null; }
    }

    /** One classified line; {@code level} for headings, {@code indent} (in columns) for items and text. */
    private record Line(int number, Kind kind, int level, int indent, Content content) {}

    /** An entry being built: its sections come in on later lines, its warnings wait for them. */
    private static final class Pending {
        final Content content;
        final Matter matter;
        final int line;
        final int indent;
        final List<Pending> sections = new ArrayList<>();

        Pending(Content content, Matter matter, int line, int indent) {
            this.content = content;
            this.matter = matter;
            this.line = line;
            this.indent = indent;
        }
    }

    private final Diagnostics diagnostics;
    /** Part, Separator or Pending, in order. */
    private final List<Object> items = new ArrayList<>();
    /** The list items that later, deeper items nest in, deepest first. */
    private final Deque<Pending> open = new ArrayDeque<>();
    /** Whether the lines read last are a list's, so that an indented text line continues an item. */
    private boolean inList;
    private int titleIndex = -1;
    /** The index of the first list item or part title, and of the last list item: FRONT before, BACK after. */
    private int firstBody = Integer.MAX_VALUE;
    private int lastItem = -1;

    private SummaryReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Reads mdBook's SUMMARY.md format (which HonKit/GitBook share).
     *
     * @param diagnostics where warnings go; its file name is the one messages name
     * @throws InputException when the summary lists no chapter file at all (the message says what a
     *                        SUMMARY.md should hold, with an example)
     */
    public static ChapterList read(String text, Diagnostics diagnostics) {
        return new SummaryReader(diagnostics).list(text);
    }

    private ChapterList list(String source) {
        List<Line> lines = classify(withoutComments(normalise(source)));
        titleIndex = titleIndex(lines);
        String title = "";
        int titleLine = 0;
        if (titleIndex >= 0 && !NOT_A_TITLE.contains(lines.get(titleIndex).content().text().toLowerCase(Locale.ROOT))) {
            title = lines.get(titleIndex).content().text();
            titleLine = lines.get(titleIndex).number();
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.ITEM || isPartTitle(l, i)) firstBody = Math.min(firstBody, i);
            if (l.kind() == Kind.ITEM) lastItem = i;
        }
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            switch (l.kind()) {
                case BLANK -> { }
                case HEADING -> heading(l, i);
                case SEPARATOR -> {
                    endList();
                    items.add(new ChapterList.Separator(l.number()));
                }
                case ITEM -> item(l);
                case TEXT -> text(l, i);
            }
        }
        List<ChapterList.Item> out = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Pending p) entry(p).ifPresent(out::add);
            else out.add((ChapterList.Item) item);
        }
        if (out.stream().noneMatch(SummaryReader::hasFile)) {
            throw new InputException(diagnostics.file(), 1, "this summary lists no chapter files; a SUMMARY.md lists the book's"
                    + " chapter files, for example:\n" + EXAMPLE);
        }
        return new ChapterList(title, titleLine, out);
    }

    private boolean isPartTitle(Line l, int index) {
        return l.kind() == Kind.HEADING && index != titleIndex && l.level() <= DEEPEST_PART_LEVEL;
    }

    private void endList() {
        open.clear();
        inList = false;
    }

    /** A part title, unless it is the book's title, too deep, or has no list after it. */
    private void heading(Line l, int index) {
        if (index == titleIndex) return;
        endList();
        String text = excerpt(l.content().text());
        if (!isPartTitle(l, index)) {
            diagnostics.warn(l.number(), "heading '" + text + "' is not a part title: part titles are #, ## or ### headings"
                    + " above a list of chapters; it is left out of the contents");
        } else if (index > lastItem) {
            diagnostics.warn(l.number(), "part title '" + text + "' has no list of chapters after it; put its chapters under it"
                    + " as list items (- [第一章](ch1.md)); it is left out of the contents");
        } else {
            items.add(new ChapterList.Part(l.content().text(), l.number()));
        }
    }

    /** A list item: a section of the nearest item above it that is indented less, else a chapter of its own. */
    private void item(Line l) {
        Pending entry = new Pending(l.content(), Matter.BODY, l.number(), l.indent());
        while (!open.isEmpty() && open.peek().indent >= l.indent()) open.pop();
        if (open.isEmpty()) items.add(entry);
        else open.peek().sections.add(entry);
        open.push(entry);
        inList = true;
    }

    /** A line that is not a list item: a prefix or suffix chapter link, or stray text. */
    private void text(Line l, int index) {
        String text = excerpt(l.content().text());
        if (inList && l.indent() >= 2) {
            diagnostics.warn(l.number(), "'" + text + "' is not a list item; in the list of chapters each line is an item"
                    + " such as - [第一章](ch1.md), indented to nest it; the line is ignored");
            return;
        }
        endList();
        if (!l.content().hasLink()) {
            diagnostics.warn(l.number(), "'" + text + "' is neither a chapter link nor a list item; a SUMMARY.md holds a title,"
                    + " chapter links such as [前言](preface.md) and list items such as - [第一章](ch1.md); the line is ignored");
            return;
        }
        Matter matter = index < firstBody ? Matter.FRONT : index > lastItem ? Matter.BACK : Matter.BODY;
        if (matter == Matter.BODY) {
            diagnostics.warn(l.number(), "'" + text + "' stands among the numbered chapters but is not a list item; it is read"
                    + " as one: write it - [" + l.content().linkTitle() + "](…)");
        }
        items.add(new Pending(l.content(), matter, l.number(), l.indent()));
    }

    /** The entry a list item or link line gives, with its warning; empty for a web address without sections. */
    private Optional<Entry> entry(Pending p) {
        List<Entry> sections = new ArrayList<>();
        for (Pending s : p.sections) entry(s).ifPresent(sections::add);
        Content c = p.content;
        String marker = p.matter == Matter.BODY ? "- " : "";
        if (!c.hasLink()) {
            if (sections.isEmpty()) {
                diagnostics.warn(p.line, c.text().isEmpty()
                        ? "a list item with no title and no file; write - [标题](path.md) or delete the line"
                        : "chapter '" + c.text() + "' has no file; it is listed in the contents without a page. Give it a file: "
                        + marker + "[" + c.text() + "](path.md)");
            }
            return Optional.of(new Entry(c.text(), "", p.matter, p.line, sections));
        }
        String title = c.linkTitle();
        if (ListingSyntax.isExternal(c.destination())) {
            diagnostics.warn(p.line, ListingSyntax.externalWarning("'" + title + "' (" + c.destination() + ")", !sections.isEmpty()));
            return sections.isEmpty() ? Optional.empty() : Optional.of(new Entry(title, "", p.matter, p.line, sections));
        }
        String path = ListingSyntax.path(c.destination());
        if (c.destination().isBlank()) {
            diagnostics.warn(p.line, "draft chapter '" + title + "' has no file; it is listed in the contents without a page."
                    + " Give it a file: " + marker + "[" + title + "](path.md)");
        } else if (path.isEmpty()) {
            diagnostics.warn(p.line, "'" + title + "' links to '" + c.destination() + "', which names no file; it is listed"
                    + " in the contents without a page. Give it a file: " + marker + "[" + title + "](path.md)");
        }
        return Optional.of(new Entry(title, path, p.matter, p.line, sections));
    }

    private static boolean hasFile(ChapterList.Item item) {
        return item instanceof Entry e && (!e.path().isEmpty() || e.sections().stream().anyMatch(SummaryReader::hasFile));
    }

    /** The first heading, when no chapter link or list item comes before it and it is a # heading or says "Summary"/"目录". */
    private static int titleIndex(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.kind() == Kind.ITEM || l.kind() == Kind.TEXT && l.content().hasLink()) return -1;
            if (l.kind() == Kind.HEADING) {
                boolean generic = NOT_A_TITLE.contains(l.content().text().toLowerCase(Locale.ROOT));
                return l.level() == 1 || generic ? i : -1;
            }
        }
        return -1;
    }

    private List<Line> classify(String text) {
        String[] raw = text.split("\n", -1);
        Map<String, String> defs = new HashMap<>(); // reference definition lines by label
        boolean[] definition = new boolean[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Matcher m = DEFINITION.matcher(raw[i]);
            if (m.matches()) {
                definition[i] = true;
                defs.putIfAbsent(label(m.group(1)), raw[i].strip());
            }
        }
        List<Line> lines = new ArrayList<>(raw.length);
        String fence = null;
        for (int i = 0; i < raw.length; i++) {
            int number = i + 1;
            String s = raw[i].stripTrailing();
            Matcher m;
            if (fence != null) {
                if (closes(s, fence)) fence = null;
                lines.add(blank(number));
            } else if (s.isBlank() || definition[i]) {
                lines.add(blank(number));
            } else if ((m = FENCE.matcher(s)).matches()) {
                fence = m.group(1);
                diagnostics.warn(number, "a code block is not part of the contents; the SUMMARY.md lists chapters only,"
                        + " so it is ignored");
                lines.add(blank(number));
            } else if (SETEXT_UNDERLINE.matcher(s).matches() && setextText(lines)) {
                Line above = lines.remove(lines.size() - 1);
                lines.add(new Line(above.number(), Kind.HEADING, s.strip().startsWith("=") ? 1 : 2, 0, above.content()));
                lines.add(blank(number));
            } else if ((m = ATX_HEADING.matcher(s)).matches()) {
                String heading = m.group(2) == null ? "" : m.group(2);
                lines.add(new Line(number, Kind.HEADING, m.group(1).length(), 0, content(heading, defs)));
            } else if (SEPARATOR.matcher(s).matches()) {
                lines.add(new Line(number, Kind.SEPARATOR, 0, 0, Content.NONE));
            } else if ((m = ITEM.matcher(s)).matches()) {
                String item = m.group(2) == null ? "" : m.group(2);
                lines.add(new Line(number, Kind.ITEM, 0, columns(m.group(1)), content(item, defs)));
            } else {
                String lead = s.substring(0, s.length() - s.stripLeading().length());
                lines.add(new Line(number, Kind.TEXT, 0, columns(lead), content(s, defs)));
            }
        }
        return lines;
    }

    /** A closing code fence: the opening's character, at least as many, nothing else. */
    private static boolean closes(String line, String fence) {
        String s = line.strip();
        return s.length() >= fence.length() && s.chars().allMatch(ch -> ch == fence.charAt(0));
    }

    /** Whether the line above a {@code ===}/{@code ---} underline is text it makes a heading (CommonMark's setext heading). */
    private static boolean setextText(List<Line> lines) {
        if (lines.isEmpty()) return false;
        Line above = lines.get(lines.size() - 1);
        return above.kind() == Kind.TEXT && above.indent() < 4 && !above.content().hasLink();
    }

    private static Line blank(int number) {
        return new Line(number, Kind.BLANK, 0, 0, Content.NONE);
    }

    /** A line's inline Markdown: its text, and the title and destination of its first link (not an image). */
    private static Content content(String markdown, Map<String, String> definitions) {
        if (markdown.isBlank()) return Content.NONE;
        Matcher plain = PLAIN_LINK.matcher(markdown.strip());
        if (plain.matches()) {
            String title = plain.group(1).strip();
            return new Content(title, title, plain.group(2));
        }
        StringBuilder used = new StringBuilder();
        for (Matcher m = BRACKETED.matcher(markdown); m.find(); ) {
            String d = definitions.get(label(m.group(1)));
            if (d != null) used.append(d).append('\n');
        }
        Paragraph p = ListingSyntax.inline(markdown, used.toString().strip());
        if (p == null) return new Content(markdown.strip(), "", null);
        String text = ListingSyntax.text(p);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(p);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Image || n instanceof ImageRef) continue;
            if (n instanceof Link link) return new Content(text, ListingSyntax.text(link), link.getUrl().unescape());
            if (n instanceof LinkRef ref && ref.isDefined()) {
                Reference target = ref.getReferenceNode((Document) p.getDocument());
                if (target != null) return new Content(text, ListingSyntax.text(ref), target.getUrl().unescape());
            }
            if (n instanceof AutoLink a) return new Content(text, a.getText().unescape(), a.getUrl().unescape());
            if (n instanceof MailLink m) return new Content(text, m.getText().unescape(), "mailto:" + m.getText().unescape());
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        return new Content(text, "", null);
    }

    /** A reference label as CommonMark matches it: case-folded, inner white space one space. */
    private static String label(String written) {
        return written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Indentation in columns, a tab to the next multiple of four. */
    private static int columns(String lead) {
        int c = 0;
        for (int i = 0; i < lead.length(); i++) c = lead.charAt(i) == '\t' ? (c / 4 + 1) * 4 : c + 1;
        return c;
    }

    /**
     * The text with every HTML comment ({@code <!-- … -->}, over several lines too) made spaces, so that
     * lines keep their numbers. A comment never closed runs to the end, with a warning.
     */
    private String withoutComments(String text) {
        int open = text.indexOf("<!--");
        if (open < 0) return text;
        StringBuilder sb = new StringBuilder(text);
        while (open >= 0) {
            int close = text.indexOf("-->", open + 4);
            int end = close < 0 ? text.length() : close + 3;
            if (close < 0) {
                diagnostics.warn(lineAt(text, open), "an HTML comment opened here is never closed (-->), so everything after it is"
                        + " ignored; close the comment");
            }
            for (int i = open; i < end; i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
            open = text.indexOf("<!--", end);
        }
        return sb.toString();
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    private static String excerpt(String s) {
        return s.codePointCount(0, s.length()) <= EXCERPT ? s : s.substring(0, s.offsetByCodePoints(0, EXCERPT)) + "…";
    }

    /** Unix line ends, no byte-order mark, no NUL. */
    private static String normalise(String s) {
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD');
    }
}
