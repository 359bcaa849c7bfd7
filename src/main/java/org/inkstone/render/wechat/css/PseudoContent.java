package org.inkstone.render.wechat.css;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpressionMemberFunction;
import com.helger.css.decl.CSSExpressionMemberTermSimple;
import com.helger.css.decl.ECSSExpressionOperator;
import com.helger.css.decl.ICSSExpressionMember;
import com.helger.css.reader.CSSReaderDeclarationList;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code content} value of a {@code ::before} / {@code ::after}: strings (with CSS escapes)
 * and {@code attr(name)}; {@code none}, {@code normal} or no content means no pseudo-element.
 * Values are read with ph-css, once per distinct text.
 */
final class PseudoContent {
    /** A parsed content value: parts to concatenate, or nothing to generate, or a reason it cannot be inlined. */
    record Parsed(List<Part> parts, String unsupported) {
        static final Parsed NONE = new Parsed(null, null);

        boolean generates() {
            return parts != null;
        }
    }

    sealed interface Part permits Literal, Attr {}

    record Literal(String text) implements Part {}

    record Attr(String name) implements Part {}

    private final DistinctWarnings reporter;
    private final Map<String, Parsed> cache = new HashMap<>();

    PseudoContent(DistinctWarnings reporter) {
        this.reporter = reporter;
    }

    synchronized Parsed parse(String value) {
        return cache.computeIfAbsent(value, this::read);
    }

    /** The generated text for {@code element}, or {@code null} when there is no pseudo-element. */
    static String evaluate(Parsed parsed, Element element) {
        if (!parsed.generates()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (Part part : parsed.parts()) {
            if (part instanceof Literal l) {
                sb.append(l.text());
            } else if (part instanceof Attr a) {
                sb.append(element.attr(a.name()));
            }
        }
        return sb.toString();
    }

    private Parsed read(String value) {
        var list = CSSReaderDeclarationList.readFromString("content: " + value,
                CompiledSheet.settings(reporter, "theme CSS", " in content: " + value));
        if (list == null || list.getDeclarationCount() != 1) {
            return new Parsed(null, "`content: " + value + "`");
        }
        CSSDeclaration declaration = list.getDeclarationAtIndex(0);
        List<ICSSExpressionMember> members = declaration.getExpression().getAllMembers();
        if (members.size() == 1 && members.get(0) instanceof CSSExpressionMemberTermSimple t && !t.isStringLiteral()) {
            String keyword = t.getValue().toLowerCase(Locale.ROOT);
            if (keyword.equals("none") || keyword.equals("normal") || keyword.equals("initial")
                    || keyword.equals("unset") || keyword.equals("inherit") || keyword.equals("revert")) {
                return Parsed.NONE;
            }
        }
        List<Part> parts = new ArrayList<>();
        for (ICSSExpressionMember m : members) {
            if (m == ECSSExpressionOperator.SLASH) {
                break; // what follows is alternative text for screen readers
            }
            if (m instanceof CSSExpressionMemberTermSimple t && t.isStringLiteral()) {
                parts.add(new Literal(CssText.unquote(t.getValue())));
            } else if (m instanceof CSSExpressionMemberFunction f) {
                String name = functionName(f);
                if (name.equals("attr") && f.hasExpression() && f.getExpression().getMemberCount() == 1
                        && f.getExpression().getMemberAtIndex(0) instanceof CSSExpressionMemberTermSimple arg
                        && !arg.isStringLiteral()) {
                    parts.add(new Attr(arg.getValue().trim()));
                } else {
                    return new Parsed(null, name + "()");
                }
            } else {
                String written = m.getAsCSSString(CssText.WRITER, 0);
                int paren = written.indexOf('(');
                return new Parsed(null, paren > 0 ? written.substring(0, paren).toLowerCase(Locale.ROOT) + "()" : written);
            }
        }
        return new Parsed(List.copyOf(parts), null);
    }

    private static String functionName(CSSExpressionMemberFunction f) {
        String name = f.getFunctionName().trim();
        if (name.endsWith("(")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
