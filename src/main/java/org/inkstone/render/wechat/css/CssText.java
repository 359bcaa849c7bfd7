package org.inkstone.render.wechat.css;

import com.helger.css.ICSSWriterSettings;
import com.helger.css.decl.CSSExpression;
import com.helger.css.decl.ECSSExpressionOperator;
import com.helger.css.decl.ICSSExpressionMember;
import com.helger.css.writer.CSSWriterSettings;

/** Writing ph-css values back as text, and decoding CSS string literals. */
final class CssText {
    /** Non-optimised (values stay as written), URLs quoted so that spaces and parentheses survive. */
    static final ICSSWriterSettings WRITER = new CSSWriterSettings(false).setQuoteURLs(true);

    private CssText() {}

    /** The expression as CSS text: members separated by spaces, {@code a, b} after commas, {@code 12px/1.5} around slashes. */
    static String write(CSSExpression expression) {
        StringBuilder sb = new StringBuilder();
        boolean space = false;
        for (ICSSExpressionMember member : expression.getAllMembers()) {
            if (member instanceof ECSSExpressionOperator op) {
                sb.append(op.getName());
                space = op == ECSSExpressionOperator.COMMA;
            } else {
                if (space) {
                    sb.append(' ');
                }
                sb.append(member.getAsCSSString(WRITER, 0));
                space = true;
            }
        }
        return sb.toString();
    }

    /**
     * The text of a quoted CSS string ({@code "\201C"}, {@code 'it\'s'}): quotes removed, escapes decoded
     * (hex escapes with their optional trailing space, escaped characters, escaped newlines).
     */
    static String unquote(String literal) {
        int start = 0;
        int end = literal.length();
        if (end >= 1 && (literal.charAt(0) == '"' || literal.charAt(0) == '\'')) {
            char quote = literal.charAt(0);
            start = 1;
            if (end >= 2 && literal.charAt(end - 1) == quote && !escapedAt(literal, end - 1)) {
                end--;
            }
        }
        StringBuilder sb = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            char c = literal.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= end) {
                break; // a lone backslash at the end is dropped
            }
            char next = literal.charAt(i);
            if (isHex(next)) {
                int j = i;
                int cp = 0;
                while (j < end && j - i < 6 && isHex(literal.charAt(j))) {
                    cp = cp * 16 + Character.digit(literal.charAt(j), 16);
                    j++;
                }
                if (j < end && literal.charAt(j) == '\r' && j + 1 < end && literal.charAt(j + 1) == '\n') {
                    j += 2;
                } else if (j < end && isWhitespace(literal.charAt(j))) {
                    j++;
                }
                if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
                    cp = 0xFFFD;
                }
                sb.appendCodePoint(cp);
                i = j;
            } else if (next == '\n' || next == '\f') {
                i++; // line continuation
            } else if (next == '\r') {
                i += (i + 1 < end && literal.charAt(i + 1) == '\n') ? 2 : 1;
            } else {
                sb.append(next);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean escapedAt(String s, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && s.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
