package org.inkstone.render.wechat.css;

import java.util.function.Function;

/**
 * Replaces {@code var(--name)} and {@code var(--name, fallback)} in a CSS value, with a small
 * hand-written scanner: string literals and escapes are skipped, parentheses are balanced,
 * fallbacks may contain further {@code var()} (nested fallbacks).
 */
final class VarResolver {
    /** Why a value could not be resolved. */
    record Failure(String variable, boolean cycle) {}

    /** Result of a resolution: the text, or the failure. */
    record Result(String value, Failure failure) {
        boolean ok() {
            return failure == null;
        }
    }

    /** Sentinel a lookup returns for a variable that is part of a reference cycle. */
    static final String CYCLE = new String("\u0000cycle");

    private VarResolver() {}

    static boolean containsVar(String value) {
        int n = value.length();
        for (int i = 0; i + 4 <= n; i++) {
            char c = value.charAt(i);
            if ((c == 'v' || c == 'V') && value.regionMatches(true, i, "var(", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param lookup the value of a custom property, already free of var(); {@code null} when
     *               undefined, {@link #CYCLE} when it is part of a cycle
     */
    static Result resolve(String value, Function<String, String> lookup) {
        if (!containsVar(value)) {
            return new Result(value, null);
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        int n = value.length();
        int i = 0;
        while (i < n) {
            char c = value.charAt(i);
            if (c == '"' || c == '\'') {
                int end = skipString(value, i);
                out.append(value, i, end);
                i = end;
            } else if (c == '\\') {
                int end = Math.min(n, i + 2);
                out.append(value, i, end);
                i = end;
            } else if ((c == 'v' || c == 'V') && value.regionMatches(true, i, "var(", 0, 4)
                    && (i == 0 || !isNameChar(value.charAt(i - 1)))) {
                int close = closingParen(value, i + 4);
                if (close < 0) {
                    return new Result(null, new Failure(value.substring(i).trim(), false));
                }
                String inner = value.substring(i + 4, close);
                int comma = topLevelComma(inner);
                String name = (comma < 0 ? inner : inner.substring(0, comma)).trim();
                String fallback = comma < 0 ? null : inner.substring(comma + 1).trim();
                String replacement = name.startsWith("--") ? lookup.apply(name) : null;
                if (replacement == CYCLE) {
                    return new Result(null, new Failure(name, true));
                }
                if (replacement == null) {
                    if (fallback == null) {
                        return new Result(null, new Failure(name, false));
                    }
                    Result r = resolve(fallback, lookup);
                    if (!r.ok()) {
                        return r;
                    }
                    replacement = r.value();
                }
                out.append(replacement);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return new Result(out.toString().trim(), null);
    }

    /** Index just after the string literal starting at {@code start}. */
    private static int skipString(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return s.length();
    }

    /** Index of the parenthesis closing the one opened just before {@code from}, or -1. */
    private static int closingParen(String s, int from) {
        return find(s, from, 1, ')');
    }

    /** Index of the first comma outside parentheses and strings, or -1. */
    private static int topLevelComma(String s) {
        return find(s, 0, 0, ',');
    }

    /** Scans from {@code from} at nesting {@code depth}, skipping strings and escapes, for {@code target} at depth 0. */
    private static int find(String s, int from, int depth, char target) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'') {
                i = skipString(s, i);
                continue;
            }
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (target == ')' && depth == 0) return i;
            } else if (c == target && depth == 0) {
                return i;
            }
            i++;
        }
        return -1;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '\\' || c > 0x7F;
    }
}
