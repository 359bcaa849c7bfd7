package org.inkstone.parse;

import org.inkstone.model.Callout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The header syntaxes of the three callout forms we read. */
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

    /** MkDocs {@code !!!} (plain), {@code ???} (folded), {@code ???+} (open). */
    static Callout.Fold mkdocsFold(String marker) {
        if (marker.startsWith("???")) return marker.endsWith("+") ? Callout.Fold.OPEN : Callout.Fold.FOLDED;
        return Callout.Fold.NONE;
    }
}
