package org.inkstone.parse;

import org.inkstone.model.Attributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's attribute syntax, {@code {#id .class key=value key2="quoted value"}}: read only where
 * pandoc reads it (after a heading's text, in a code fence's info string, right after a link, an
 * image or a bracketed span, on a fenced div), and only when every word in the braces is an
 * attribute, so {@code {不是属性}} and other braces in prose stay text. {@code -} alone is
 * pandoc's short form of {@code .unnumbered}.
 */
final class AttributeSyntax {
    private static final String ATTRIBUTE = "#[^\\s{}#\"']+|\\.[^\\s{}#\"']+|-"
            + "|[A-Za-z_][\\w.:-]*=(?:\"[^\"]*\"|'[^']*'|[^\\s{}\"']+)";
    /** One attribute, at the start of what is left. */
    private static final Pattern ONE = Pattern.compile("\\s*(" + ATTRIBUTE + ")");
    /** A whole attribute block at the start of a text: group 1 is what is inside the braces. */
    private static final Pattern BLOCK = Pattern.compile("^\\{(\\s*(?:" + ATTRIBUTE + ")(?:\\s+(?:" + ATTRIBUTE + "))*\\s*)\\}");
    /** An attribute block ending a text, after optional space: group 1 is the text before. */
    private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\s*\\{(\\s*(?:" + ATTRIBUTE + ")(?:\\s+(?:" + ATTRIBUTE
            + "))*\\s*)\\}\\s*$", Pattern.DOTALL);

    private AttributeSyntax() {}

    /** An attribute block at the very start of {@code text}. */
    record Leading(Attributes attributes, int length) {}

    /** The attribute block {@code text} starts with, or null. */
    static Leading leading(CharSequence text) {
        Matcher m = BLOCK.matcher(text);
        return m.find() ? new Leading(parse(m.group(1)), m.end()) : null;
    }

    /** A text ending in an attribute block: the text before it (stripped at its end) and the attributes. */
    record Trailing(String before, Attributes attributes) {}

    /** The attribute block {@code text} ends with, or null. */
    static Trailing trailing(String text) {
        Matcher m = SUFFIX.matcher(text);
        return m.matches() ? new Trailing(m.group(1), parse(m.group(2))) : null;
    }

    /** {@code text} as a whole is an attribute block: its attributes, or null. */
    static Attributes whole(String text) {
        Leading l = leading(text.strip());
        return l != null && l.length() == text.strip().length() ? l.attributes() : null;
    }

    /** The attributes of the words inside the braces (already known to be well formed). */
    private static Attributes parse(String inside) {
        String id = null;
        List<String> classes = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = ONE.matcher(inside);
        int at = 0;
        while (m.find(at) && m.start() == at) {
            String a = m.group(1);
            at = m.end();
            if (a.equals("-")) classes.add("unnumbered");
            else if (a.startsWith("#")) id = a.substring(1);
            else if (a.startsWith(".")) classes.add(a.substring(1));
            else {
                int eq = a.indexOf('=');
                String value = a.substring(eq + 1);
                if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) value = value.substring(1, value.length() - 1);
                if (a.substring(0, eq).equals("class")) classes.addAll(List.of(value.strip().split("\\s+")));
                else if (a.substring(0, eq).equals("id")) id = value;
                else values.put(a.substring(0, eq), value);
            }
        }
        classes.removeIf(String::isEmpty);
        return new Attributes(id, classes, values);
    }
}
