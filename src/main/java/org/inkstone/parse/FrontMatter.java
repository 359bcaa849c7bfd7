package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.inkstone.model.Metadata;
import org.inkstone.model.PublicationDate;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a YAML front-matter block ({@code ---} … {@code ---} or {@code ...}) from the Markdown and
 * reads it with snakeyaml-engine (YAML 1.2: {@code no} stays a string, dates stay text).
 * The Markdown keeps its line numbers: the front matter is replaced by blank lines.
 */
final class FrontMatter {

    /** The Markdown with the front matter blanked out, and the metadata it gave. */
    record Split(String markdown, Metadata metadata) {}

    private static final Pattern COMMENTED_VALUE = Pattern.compile("([A-Za-z][\\w-]*)\\s*:\\s+(#.*)");

    private FrontMatter() {}

    static Split split(String source, Diagnostics diagnostics) {
        String[] lines = source.split("\n", -1);
        if (lines.length < 2 || !lines[0].stripTrailing().equals("---") || lines[1].isBlank()) {
            return new Split(source, Metadata.empty());
        }
        int close = -1;
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i].stripTrailing();
            if (l.equals("---") || l.equals("...")) { close = i; break; }
        }
        if (close < 0) return new Split(source, Metadata.empty());
        String yaml = String.join("\n", java.util.Arrays.asList(lines).subList(1, close));
        Object loaded;
        try {
            loaded = new Load(LoadSettings.builder().setLabel(diagnostics.file()).build()).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 2).orElse(1);
            throw new InputException(diagnostics.file(), line, "front matter is not valid YAML ("
                    + firstLine(e.getProblem()) + "); fix the YAML between the '---' lines");
        } catch (YamlEngineException e) {
            throw new InputException(diagnostics.file(), 1, "front matter is not valid YAML ("
                    + firstLine(e.getMessage()) + "); fix the YAML between the '---' lines");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            if (loaded == null) return new Split(blankOut(lines, close), Metadata.empty());
            return new Split(source, Metadata.empty()); // "---\ntext\n---" is Markdown, not metadata
        }
        warnCommentedOutValues(lines, close, map, diagnostics);
        return new Split(blankOut(lines, close), toMetadata(map, keyLines(lines, close, map), "front matter", diagnostics));
    }

    /**
     * {@code accent: #0066cc} unquoted: YAML reads the {@code #} as the start of a comment, so the key
     * is there with no value. That is almost never meant; say so, at its line.
     */
    private static void warnCommentedOutValues(String[] lines, int close, Map<?, ?> map, Diagnostics diagnostics) {
        for (int i = 1; i < close; i++) {
            Matcher m = COMMENTED_VALUE.matcher(lines[i]);
            if (!m.matches() || !map.containsKey(m.group(1)) || map.get(m.group(1)) != null) continue;
            diagnostics.warn(i + 1, "front matter '" + m.group(1) + "' has no value: YAML reads '#' after a space as the start"
                    + " of a comment; put the value in quotes (" + m.group(1) + ": \"" + m.group(2).strip() + "\")");
        }
    }

    /** The line (1-based, in the file) where each top-level key is written, by lower-case key. */
    private static Map<String, Integer> keyLines(String[] lines, int close, Map<?, ?> map) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Object k : map.keySet()) {
            String key = String.valueOf(k);
            Pattern written = Pattern.compile("(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\"|'"
                    + Pattern.quote(key) + "')[ \t]*:.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
            for (int i = 1; i < close; i++) {
                if (written.matcher(lines[i]).matches()) {
                    out.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), i + 1);
                    break;
                }
            }
        }
        return out;
    }

    static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static String blankOut(String[] lines, int close) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > close) sb.append(lines[i]);
            if (i < lines.length - 1) sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The metadata the keys of {@code map} give (book.yaml's reader uses it too); keys Inkstone does not
     * know go into {@link Metadata#extra()}.
     *
     * @param where what the keys were written in, for warnings: "front matter", "book.yaml"
     */
    static Metadata toMetadata(Map<?, ?> map, Map<String, Integer> keyLines, String where, Diagnostics diagnostics) {
        String title = "", subtitle = "", date = "", language = "", description = "", cover = "", identifier = "";
        List<String> authors = List.of(), keywords = List.of();
        Map<String, Object> extra = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            switch (key.toLowerCase(java.util.Locale.ROOT)) {
                case "title" -> title = text(key, value, where, diagnostics);
                case "subtitle" -> subtitle = text(key, value, where, diagnostics);
                case "author", "authors", "creator" -> authors = list(value);
                case "date" -> date = checkedDate(text(key, value, where, diagnostics), lineOf(keyLines, key), where, diagnostics);
                case "lang", "language" -> language = LanguageTag.normalise(text(key, value, where, diagnostics), lineOf(keyLines, key), where, diagnostics);
                case "description", "abstract", "summary" -> description = text(key, value, where, diagnostics);
                case "keywords", "tags" -> keywords = value instanceof String s ? splitKeywords(s) : list(value);
                case "cover", "cover-image", "cover_image" -> cover = text(key, value, where, diagnostics);
                case "identifier", "id", "isbn", "uuid" -> identifier = text(key, value, where, diagnostics);
                default -> extra.put(key, plain(value));
            }
        }
        return new Metadata(title, subtitle, authors, date, language, description, keywords, cover, identifier, extra, keyLines);
    }

    private static int lineOf(Map<String, Integer> keyLines, String key) {
        return keyLines.getOrDefault(key.toLowerCase(java.util.Locale.ROOT), 0);
    }

    /** A date that is not a real one (2025-13-45, 上个月) is left out of every output, with a warning at its line. */
    private static String checkedDate(String date, int line, String where, Diagnostics diagnostics) {
        if (date.isEmpty() || PublicationDate.normalised(date).isPresent()) return date;
        diagnostics.warn(line, where + " date '" + date + "' is not a real"
                + " date; write it like 2026-11-28 (or 2026-11, 2026, or an ISO date-time); it is left out of every output");
        return "";
    }

    private static String text(String key, Object value, String where, Diagnostics diagnostics) {
        if (value == null) return "";
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            diagnostics.warn(1, where + " '" + key + "' should be a single text value; its parts were joined");
            return String.join(" ", list(value));
        }
        return String.valueOf(value).strip();
    }

    private static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> l) {
            for (Object o : l) if (o != null && !String.valueOf(o).isBlank()) out.add(String.valueOf(o).strip());
        } else if (value instanceof Map<?, ?> m) {
            Object name = m.get("name");
            if (name != null) out.add(String.valueOf(name).strip());
            else m.values().forEach(v -> out.add(String.valueOf(v).strip()));
        } else if (value != null && !String.valueOf(value).isBlank()) {
            out.add(String.valueOf(value).strip());
        }
        return out;
    }

    private static List<String> splitKeywords(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("[,，、;；]")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    /** YAML values as immutable plain Java values (String, List, Map) for {@link Metadata#extra()}. */
    private static Object plain(Object value) {
        if (value instanceof List<?> l) return l.stream().map(FrontMatter::plain).toList();
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return java.util.Collections.unmodifiableMap(out);
        }
        return value == null ? "" : String.valueOf(value);
    }
}
