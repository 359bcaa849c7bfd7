package org.inkstone.parse;

import org.inkstone.model.Callout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header syntaxes of the four callout forms we read. */
final class CalloutSyntax {
    private CalloutSyntax() {}

    /** {@code [!TYPE]}, optional fold marker, optional title: the first line of an Obsidian callout. */
    private static final Pattern OBSIDIAN = Pattern.compile("^\\[!([A-Za-z][\\w-]*)\\]([-+])?(?:\\s+(.*))?$");
    /** Admonition plugin parameter lines at the top of an {@code ```ad-} fence. */
    private static final Pattern AD_PARAM = Pattern.compile("^(title|collapse|icon|color|colour):\\s*(.*)$");

    record Header(String kind, Callout.Fold fold, String title) {}

    static Header obsidian(String firstLine) {
        Matcher m = OBSIDIAN.matcher(firstLine.strip());
        if (!m.matches()) return null;
        Callout.Fold fold = m.group(2) == null ? Callout.Fold.NONE
                : m.group(2).equals("-") ? Callout.Fold.FOLDED : Callout.Fold.OPEN;
        return new Header(m.group(1).toLowerCase(Locale.ROOT), fold, m.group(3) == null ? "" : m.group(3).strip());
    }

    /** An {@code ad-} fence: kind and title from the info string, then parameter lines, then the Markdown body. */
    record AdFence(String kind, String title, Callout.Fold fold, String body, int bodyLineIndex) {}

    static AdFence adFence(String info, String content) {
        String rest = info.substring(3).strip();
        int space = rest.indexOf(' ');
        String kind = (space < 0 ? rest : rest.substring(0, space)).toLowerCase(Locale.ROOT);
        String title = space < 0 ? "" : rest.substring(space + 1).strip();
        Callout.Fold fold = Callout.Fold.NONE;
        String[] lines = content.split("\n", -1);
        int i = 0;
        for (; i < lines.length; i++) {
            Matcher m = AD_PARAM.matcher(lines[i].strip());
            if (!m.matches()) break;
            String value = m.group(2).strip();
            switch (m.group(1)) {
                case "title" -> title = value;
                case "collapse" -> fold = switch (value.toLowerCase(Locale.ROOT)) {
                    case "open" -> Callout.Fold.OPEN;
                    case "", "none", "false", "no" -> Callout.Fold.NONE;
                    default -> Callout.Fold.FOLDED;
                };
                default -> { /* icon and colour are presentation hints of the Obsidian plugin */ }
            }
        }
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length));
        return new AdFence(kind.isEmpty() ? "note" : kind, title, fold, body, i);
    }

    /** The kinds a VuePress/VitePress {@code ::: kind title} container names; other words are pandoc classes. */
    private static final java.util.Set<String> CONTAINER_KINDS =
            java.util.Set.of("tip", "info", "note", "warning", "danger", "caution", "important", "details");
    private static final Pattern CONTAINER = Pattern.compile("^([A-Za-z]+)(?:\\s+(.*))?$");

    /**
     * The header of a VuePress/VitePress container, from what follows its opening {@code :::}: the
     * kind and the title after it; {@code details} is a folded note. Null when the word is not one
     * of those kinds (the container is then a pandoc fenced div).
     */
    static Header container(String info) {
        Matcher m = CONTAINER.matcher(info.strip());
        if (!m.matches()) return null;
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        if (!CONTAINER_KINDS.contains(kind)) return null;
        String title = m.group(2) == null ? "" : m.group(2).strip();
        return kind.equals("details") ? new Header("note", Callout.Fold.FOLDED, title) : new Header(kind, Callout.Fold.NONE, title);
    }

    /** MkDocs {@code !!!} (plain), {@code ???} (folded), {@code ???+} (open). */
    static Callout.Fold mkdocsFold(String marker) {
        if (marker.startsWith("???")) return marker.endsWith("+") ? Callout.Fold.OPEN : Callout.Fold.FOLDED;
        return Callout.Fold.NONE;
    }
}
