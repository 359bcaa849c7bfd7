package org.inkstone.math;

import org.scilab.forge.jlatexmath.MacroInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks jlatexmath does not make. Its parser is lenient: {@code \frac{1}{} } with a missing
 * brace, {@code \frac{1}} with a missing argument or {@code x^} draw something instead of failing.
 * It also runs commands with side effects that outlive the formula ({@code \newcommand} changes a
 * process-wide table; {@code \includegraphics} reads files). This class finds both kinds of problem
 * so that the formula is shown as its TeX source instead.
 */
final class TexSyntaxCheck {
    /** Commands refused before parsing: they define things process-wide, read files or change fonts. */
    private static final Set<String> REFUSED = Set.of("newcommand", "renewcommand", "newenvironment",
            "renewenvironment", "DeclareMathOperator", "definecolor", "includegraphics", "jlmDynamic",
            "jlmExternalFont", "jlmXML");

    private enum Kind { COMMAND, OPEN, CLOSE, SPACE, CHAR }

    private record Token(Kind kind, String text) {}

    private TexSyntaxCheck() {}

    /** The reason {@code tex} must not be given to jlatexmath at all, or null. */
    static String refused(String tex) {
        for (Token t : tokens(tex)) {
            if (t.kind != Kind.COMMAND) continue;
            if (REFUSED.contains(t.text)) return "\\" + t.text + " is not supported in formulas";
            if (t.text.isEmpty()) return "the formula ends with a lone backslash";
        }
        return null;
    }

    /**
     * The structural problem jlatexmath let pass in {@code tex} (unbalanced braces, a command
     * missing arguments, a script with nothing to raise), or null. Call after jlatexmath has parsed
     * the formula: the command table is then loaded.
     */
    static String problem(String tex) {
        List<Token> tokens = tokens(tex);
        int depth = 0;
        for (Token t : tokens) {
            if (t.kind == Kind.OPEN) depth++;
            else if (t.kind == Kind.CLOSE && --depth < 0) return "a '}' without its '{'";
        }
        if (depth > 0) return "missing '}'";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Kind.CHAR && (t.text.equals("^") || t.text.equals("_")) && argumentEnd(tokens, i + 1) < 0) {
                return "'" + t.text + "' has nothing to put in " + (t.text.equals("^") ? "superscript" : "subscript");
            }
            if (t.kind == Kind.COMMAND) {
                MacroInfo macro = MacroInfo.Commands.get(t.text);
                if (macro != null && macro.nbArgs > 0 && !hasArguments(tokens, i + 1, macro)) {
                    return "\\" + t.text + " needs " + macro.nbArgs + (macro.nbArgs == 1 ? " argument" : " arguments");
                }
            }
        }
        return null;
    }

    private static boolean hasArguments(List<Token> tokens, int at, MacroInfo macro) {
        int options = macro.hasOptions ? macro.posOpts : 0;
        for (int argument = 1; argument <= macro.nbArgs; argument++) {
            if (argument == 1 && options == 1 || argument == 2 && options == 2) at = skipOptions(tokens, at);
            int end = argumentEnd(tokens, at);
            if (end < 0) return false;
            at = end;
        }
        return true;
    }

    /** Skips spaces and any number of {@code [...]} groups. */
    private static int skipOptions(List<Token> tokens, int at) {
        while (true) {
            at = skipSpaces(tokens, at);
            if (at >= tokens.size() || !tokens.get(at).text.equals("[")) return at;
            int brackets = 0;
            int braces = 0;
            for (; at < tokens.size(); at++) {
                Token t = tokens.get(at);
                if (t.kind == Kind.OPEN) braces++;
                else if (t.kind == Kind.CLOSE) braces--;
                else if (braces == 0 && t.text.equals("[") && t.kind == Kind.CHAR) brackets++;
                else if (braces == 0 && t.text.equals("]") && t.kind == Kind.CHAR && --brackets == 0) break;
            }
            at++;
        }
    }

    /** The index after one argument starting at {@code at} (after spaces), or -1 when there is none. */
    private static int argumentEnd(List<Token> tokens, int at) {
        at = skipSpaces(tokens, at);
        if (at >= tokens.size()) return -1;
        Token t = tokens.get(at);
        if (t.kind == Kind.CLOSE) return -1;
        if (t.kind != Kind.OPEN) return at + 1;
        int depth = 0;
        for (; at < tokens.size(); at++) {
            Kind k = tokens.get(at).kind;
            if (k == Kind.OPEN) depth++;
            else if (k == Kind.CLOSE && --depth == 0) return at + 1;
        }
        return -1;
    }

    private static int skipSpaces(List<Token> tokens, int at) {
        while (at < tokens.size() && tokens.get(at).kind == Kind.SPACE) at++;
        return at;
    }

    private static List<Token> tokens(String tex) {
        List<Token> tokens = new ArrayList<>();
        int n = tex.length();
        for (int i = 0; i < n; i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int start = i + 1;
                int end = start;
                while (end < n && isLetter(tex.charAt(end))) end++;
                if (end == start && end < n) end++;
                tokens.add(new Token(Kind.COMMAND, tex.substring(start, end)));
                i = end - 1;
            } else if (c == '{') {
                tokens.add(new Token(Kind.OPEN, "{"));
            } else if (c == '}') {
                tokens.add(new Token(Kind.CLOSE, "}"));
            } else if (Character.isWhitespace(c)) {
                tokens.add(new Token(Kind.SPACE, " "));
            } else {
                tokens.add(new Token(Kind.CHAR, String.valueOf(c)));
            }
        }
        return tokens;
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
