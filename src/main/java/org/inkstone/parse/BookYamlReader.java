package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.model.Metadata;
import org.inkstone.parse.ChapterList.Entry;
import org.inkstone.parse.ChapterList.Matter;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a book's book.yaml (YAML 1.2 with snakeyaml-engine: {@code no} stays text): the book's
 * metadata, its output settings and, optionally, its chapters in {@code front:}, {@code chapters:}
 * (with {@code part:} titles) and {@code back:}. Lines come from the YAML nodes. Unknown keys and
 * values of the wrong shape are warnings at their line, and are ignored.
 */
public final class BookYamlReader {
    private static final String WHERE = "book.yaml";
    private static final List<String> TEXT_KEYS = List.of("title", "subtitle", "lang", "language", "date", "description",
            "identifier", "isbn", "publisher", "rights", "cover", "series");
    private static final List<String> LIST_KEYS = List.of("author", "authors", "keywords");
    private static final List<String> OPTION_KEYS = List.of("theme", "accent", "font-size", "cjk-spacing", "image-base", "line-numbers",
            "heading-numbers", "figure-numbers");
    private static final Map<String, List<String>> SECTIONS = sections();
    private static final List<String> CHAPTER_KEYS = List.of("front", "chapters", "back");
    private static final List<String> ENTRY_KEYS = List.of("file", "path", "title", "sections");
    private static final List<String> PART_KEYS = List.of("part", "chapters");
    private static final List<String> TOP_KEYS = topKeys();
    /** Deeper {@code sections:} are left out (an alias can make a list that holds itself). */
    private static final int DEEPEST_SECTIONS = 16;
    private static final String ENTRY_EXAMPLE = "- ch1.md or - {file: ch1.md, title: 第一章}";

    private final Diagnostics diagnostics;
    private final StandardConstructor constructor;
    private final String[] lines;
    private final Map<Object, Object> metadataValues = new LinkedHashMap<>();
    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, Integer> optionLines = new LinkedHashMap<>();
    private final Map<String, Node> chapterNodes = new LinkedHashMap<>();

    private BookYamlReader(Diagnostics diagnostics, LoadSettings settings, String yaml) {
        this.diagnostics = diagnostics;
        this.constructor = new StandardConstructor(settings);
        this.lines = yaml.split("\n", -1);
    }

    /**
     * Reads book.yaml.
     *
     * @param diagnostics where warnings go; its file name is the one messages name
     * @throws InputException for YAML that is not valid (with the line) or a top level that is not a mapping
     */
    public static BookConfig read(String text, Diagnostics diagnostics) {
        String yaml = normalise(text);
        LoadSettings settings = LoadSettings.builder().setLabel(diagnostics.file()).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(yaml);
            return new BookYamlReader(diagnostics, settings, yaml).config(root);
        } catch (MarkedYamlEngineException e) {
            throw new InputException(diagnostics.file(), errorLine(e), invalid(e.getContext() == null ? e.getProblem()
                    : e.getContext() + ", " + e.getProblem()));
        } catch (YamlEngineException e) {
            throw new InputException(diagnostics.file(), 1, invalid(e.getMessage()));
        }
    }

    /**
     * The line of a YAML error: where it was found, or, when that is the end of the file (a quote never
     * closed), where the unfinished thing began.
     */
    private static int errorLine(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        var mark = atEnd && e.getContextMark().isPresent() ? e.getContextMark() : e.getProblemMark().or(e::getContextMark);
        return mark.map(m -> m.getLine() + 1).orElse(1);
    }

    private static String invalid(String problem) {
        return "book.yaml is not valid YAML (" + FrontMatter.firstLine(problem) + "); fix that line: indent with spaces,"
                + " not tabs, and put quotes around a value that holds ': ' or starts with a character such as # * & [ {";
    }

    private BookConfig config(Optional<Node> root) {
        if (root.isEmpty() || isNull(root.get())) return new BookConfig(Metadata.empty(), Map.of(), Map.of(), Optional.empty());
        if (!(root.get() instanceof MappingNode top)) {
            throw new InputException(diagnostics.file(), line(root.get()), "book.yaml holds " + shape(root.get())
                    + " where it should hold keys, one a line, such as title: 书名 and chapters: followed by a list of chapter files");
        }
        for (Map.Entry<String, NodeTuple> e : keys(top, "").entrySet()) {
            String key = e.getKey();
            Node value = e.getValue().getValueNode();
            int line = line(e.getValue().getKeyNode());
            keyLines.putIfAbsent(key, line);
            if (TEXT_KEYS.contains(key) || LIST_KEYS.contains(key)) metadata(key, value, line);
            else if (OPTION_KEYS.contains(key)) option(key, key, value, line);
            else if (SECTIONS.containsKey(key)) section(key, value, line);
            else if (CHAPTER_KEYS.contains(key)) chapterNodes.put(key, value);
            else unknown(key, "", TOP_KEYS, line);
        }
        Metadata metadata = FrontMatter.toMetadata(metadataValues, keyLines, WHERE, diagnostics);
        return new BookConfig(metadata, options, optionLines, chapters(metadata.title()));
    }

    /**
     * A mapping's entries by lower-case key, in file order; a key given twice (in any case) is a warning
     * and the first is kept.
     */
    private Map<String, NodeTuple> keys(MappingNode map, String in) {
        Map<String, NodeTuple> out = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode s ? s.getValue().strip().toLowerCase(Locale.ROOT) : shape(k);
            NodeTuple first = out.putIfAbsent(key, t);
            if (first != null) {
                diagnostics.warn(line(t.getKeyNode()), WHERE + " key '" + key + "'" + in + " is given twice (first at line "
                        + line(first.getKeyNode()) + "); the first is used, delete one of them");
            }
        }
        return out;
    }

    private void metadata(String key, Node value, int line) {
        if (isNull(value)) {
            commentedOut(key, line);
            return;
        }
        if (value instanceof ScalarNode) {
            metadataValues.put(key, construct(value));
        } else if (LIST_KEYS.contains(key) && value instanceof SequenceNode list) {
            List<Object> items = new ArrayList<>();
            for (Node item : list.getValue()) {
                if (item instanceof ScalarNode) {
                    if (!isNull(item)) items.add(construct(item));
                } else {
                    diagnostics.warn(line(item), WHERE + " '" + key + "' holds " + shape(item) + " where a text is expected;"
                            + " that item is ignored");
                }
            }
            metadataValues.put(key, items);
        } else {
            wrongShape(key, LIST_KEYS.contains(key) ? "a text or a list of texts" : "a single text", value);
        }
    }

    /** An output setting: a single value, kept as written. */
    private void option(String flatKey, String key, Node value, int line) {
        keyLines.putIfAbsent(flatKey, line);
        if (isNull(value)) {
            commentedOut(key, line);
        } else if (value instanceof ScalarNode) {
            options.put(flatKey, String.valueOf(construct(value)));
            optionLines.put(flatKey, line);
        } else {
            wrongShape(flatKey, "a single value", value);
        }
    }

    /** {@code pdf:}, {@code epub:} or {@code wechat:}: a mapping of that output's settings. */
    private void section(String name, Node value, int line) {
        if (isNull(value)) return;
        if (!(value instanceof MappingNode map)) {
            diagnostics.warn(line(value), WHERE + " '" + name + "' should hold settings, one a line indented under " + name
                    + ": (such as " + SECTIONS.get(name).get(0) + ": …), not " + shape(value) + "; it is ignored");
            return;
        }
        for (Map.Entry<String, NodeTuple> e : keys(map, " in " + name + ":").entrySet()) {
            int keyLine = line(e.getValue().getKeyNode());
            Node setting = e.getValue().getValueNode();
            if (SECTIONS.get(name).contains(e.getKey())) option(name + "." + e.getKey(), e.getKey(), setting, keyLine);
            else unknown(e.getKey(), " in " + name + ":", SECTIONS.get(name), keyLine);
        }
    }

    private Optional<ChapterList> chapters(String title) {
        if (chapterNodes.isEmpty()) return Optional.empty();
        List<ChapterList.Item> items = new ArrayList<>();
        if (chapterNodes.containsKey("front")) items.addAll(entries(chapterNodes.get("front"), "front", Matter.FRONT, 0));
        if (chapterNodes.containsKey("chapters")) body(chapterNodes.get("chapters"), items);
        if (chapterNodes.containsKey("back")) items.addAll(entries(chapterNodes.get("back"), "back", Matter.BACK, 0));
        if (items.stream().noneMatch(BookYamlReader::hasFile)) {
            String key = chapterNodes.keySet().iterator().next();
            diagnostics.warn(keyLines.getOrDefault(key, 0), WHERE + " '" + key + "' lists no chapter files; list them one a line"
                    + " under chapters:, such as " + ENTRY_EXAMPLE + "; the chapter list is ignored");
            return Optional.empty();
        }
        return Optional.of(new ChapterList(title, 0, items));
    }

    /** {@code chapters:}: chapters, and part titles each followed by their own {@code chapters:}. */
    private void body(Node node, List<ChapterList.Item> items) {
        for (Node item : list(node, "chapters")) {
            if (item instanceof MappingNode map && isPart(map)) {
                Map<String, NodeTuple> keys = keys(map, " in a part");
                for (Map.Entry<String, NodeTuple> e : keys.entrySet()) {
                    if (PART_KEYS.contains(e.getKey())) continue;
                    unknown(e.getKey(), " in a part", PART_KEYS, line(e.getValue().getKeyNode()));
                }
                NodeTuple chapters = keys.get("chapters");
                List<Entry> entries = chapters == null ? List.of() : entries(chapters.getValueNode(), "chapters", Matter.BODY, 1);
                Node title = keys.get("part").getValueNode();
                if (isNull(title)) {
                    diagnostics.warn(line(map), WHERE + " part has no title; write it after part: (- part: 第一部分);"
                            + " its chapters are listed without one");
                } else if (!(title instanceof ScalarNode)) {
                    wrongShape("part", "the part's title", title);
                } else if (entries.isEmpty()) {
                    diagnostics.warn(line(map), WHERE + " part '" + construct(title) + "' has no chapters under it; list them"
                            + " in its chapters: (" + ENTRY_EXAMPLE + "); it is left out of the contents");
                } else {
                    items.add(new ChapterList.Part(ListingSyntax.plainText(String.valueOf(construct(title))), line(map)));
                }
                items.addAll(entries);
            } else {
                entry(item, Matter.BODY, 0).ifPresent(items::add);
            }
        }
    }

    /** The entries of a list of chapters (a part inside it gives its chapters, not its title). */
    private List<Entry> entries(Node node, String key, Matter matter, int depth) {
        List<Entry> out = new ArrayList<>();
        if (depth > DEEPEST_SECTIONS) {
            diagnostics.warn(line(node), WHERE + " '" + key + "' is nested more than " + DEEPEST_SECTIONS + " levels deep; the deeper"
                    + " levels are ignored");
            return out;
        }
        for (Node item : list(node, key)) {
            if (item instanceof MappingNode map && isPart(map)) {
                diagnostics.warn(line(map), WHERE + " part titles belong directly in chapters:, not in " + key + ":; this part's"
                        + " chapters are read, its title is left out");
                NodeTuple chapters = keys(map, " in a part").get("chapters");
                if (chapters != null) out.addAll(entries(chapters.getValueNode(), "chapters", matter, depth + 1));
            } else {
                entry(item, matter, depth).ifPresent(out::add);
            }
        }
        return out;
    }

    /** One chapter: a file ({@code - ch1.md}) or a mapping of file, title and sections. */
    private Optional<Entry> entry(Node node, Matter matter, int depth) {
        int line = line(node);
        if (node instanceof ScalarNode) {
            if (isNull(node)) {
                diagnostics.warn(line, WHERE + " has an empty chapter entry (a '-' with nothing after it); write its file, such as "
                        + ENTRY_EXAMPLE + "; it is ignored");
                return Optional.empty();
            }
            return fileEntry("", String.valueOf(construct(node)), List.of(), matter, line);
        }
        if (!(node instanceof MappingNode map)) {
            diagnostics.warn(line, WHERE + " chapter entry is " + shape(node) + "; a chapter is a file or a mapping ("
                    + ENTRY_EXAMPLE + "); it is ignored");
            return Optional.empty();
        }
        String file = null;
        String title = "";
        List<Entry> sections = List.of();
        for (Map.Entry<String, NodeTuple> e : keys(map, " in a chapter").entrySet()) {
            String key = e.getKey();
            Node value = e.getValue().getValueNode();
            int keyLine = line(e.getValue().getKeyNode());
            switch (key) {
                case "file", "path" -> {
                    if (file != null) {
                        diagnostics.warn(keyLine, WHERE + " chapter gives both file: and path:; the first is used, delete the other");
                    } else if (value instanceof ScalarNode && !isNull(value)) {
                        file = String.valueOf(construct(value));
                    } else if (!isNull(value)) {
                        wrongShape(key, "the chapter's file", value);
                    }
                }
                case "title" -> {
                    if (value instanceof ScalarNode && !isNull(value)) {
                        title = ListingSyntax.plainText(String.valueOf(construct(value)));
                    } else if (!isNull(value)) {
                        wrongShape(key, "the chapter's title", value);
                    }
                }
                case "sections" -> sections = entries(value, "sections", matter, depth + 1);
                default -> unknown(key, " in a chapter", ENTRY_KEYS, keyLine);
            }
        }
        if (file != null) return fileEntry(title, file, sections, matter, line);
        if (title.isEmpty() && sections.isEmpty()) {
            diagnostics.warn(line, WHERE + " chapter entry has neither file nor title; write " + ENTRY_EXAMPLE + "; it is ignored");
            return Optional.empty();
        }
        if (sections.isEmpty()) {
            diagnostics.warn(line, "draft chapter '" + title + "' has no file; it is listed in the contents without a page."
                    + " Give it a file: - {file: path.md, title: " + title + "}");
        }
        return Optional.of(new Entry(title, "", matter, line, sections));
    }

    private Optional<Entry> fileEntry(String title, String written, List<Entry> sections, Matter matter, int line) {
        String name = title.isEmpty() ? "'" + written + "'" : "'" + title + "' (" + written + ")";
        if (ListingSyntax.isExternal(written)) {
            diagnostics.warn(line, ListingSyntax.externalWarning(name, !sections.isEmpty()));
            return sections.isEmpty() ? Optional.empty() : Optional.of(new Entry(title, "", matter, line, sections));
        }
        String path = ListingSyntax.path(written);
        if (path.isEmpty()) {
            diagnostics.warn(line, name + " names no file; it is listed in the contents without a page."
                    + " Give it a file: " + ENTRY_EXAMPLE);
        }
        return Optional.of(new Entry(title, path, matter, line, sections));
    }

    private List<Node> list(Node node, String key) {
        if (node instanceof SequenceNode seq) return seq.getValue();
        if (!isNull(node)) {
            diagnostics.warn(line(node), WHERE + " '" + key + "' should be a list, one chapter a line starting with '- ' ("
                    + ENTRY_EXAMPLE + "), not " + shape(node) + "; it is ignored");
        }
        return List.of();
    }

    /** A mapping with a {@code part:} key: a part title, not a chapter. */
    private static boolean isPart(MappingNode map) {
        return map.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode s
                && s.getValue().strip().equalsIgnoreCase("part"));
    }

    private static boolean hasFile(ChapterList.Item item) {
        return item instanceof Entry e && (!e.path().isEmpty() || e.sections().stream().anyMatch(BookYamlReader::hasFile));
    }

    private void unknown(String key, String in, List<String> known, int line) {
        diagnostics.warn(line, WHERE + " key '" + key + "'" + in + " is not known, so it is ignored; the keys" + in + " are "
                + String.join(", ", known));
    }

    private void wrongShape(String key, String expected, Node value) {
        diagnostics.warn(line(value), WHERE + " '" + key + "' should be " + expected + ", not " + shape(value) + "; it is ignored");
    }

    /**
     * {@code accent: #0066cc} unquoted: YAML reads the {@code #} as the start of a comment, so the key is
     * there with no value. That is almost never meant; say so, at its line.
     */
    private void commentedOut(String key, int line) {
        if (line < 1 || line > lines.length) return;
        var m = Pattern.compile("\\s*(?:-\\s+)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*:\\s+(#.*)", Pattern.CASE_INSENSITIVE)
                .matcher(lines[line - 1]);
        if (!m.matches()) return;
        diagnostics.warn(line, WHERE + " '" + key + "' has no value: YAML reads '#' after a space as the start of a comment;"
                + " put the value in quotes (" + key + ": \"" + m.group(1).strip() + "\")");
    }

    private Object construct(Node node) {
        return constructor.constructSingleDocument(Optional.of(node));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static String shape(Node node) {
        if (node instanceof SequenceNode) return "a list";
        if (node instanceof MappingNode) return "a mapping";
        return "a text";
    }

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("pdf", List.of("page-size", "toc", "chapter-start", "pdf-ua", "pdf-a"));
        m.put("epub", List.of("split-level", "embed-fonts"));
        m.put("wechat", List.of("font-size", "image-base"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static List<String> topKeys() {
        List<String> all = new ArrayList<>(TEXT_KEYS);
        all.addAll(LIST_KEYS);
        all.addAll(OPTION_KEYS);
        all.addAll(SECTIONS.keySet());
        all.addAll(CHAPTER_KEYS);
        return List.copyOf(all);
    }

    /** Unix line ends, no byte-order mark. */
    private static String normalise(String s) {
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
