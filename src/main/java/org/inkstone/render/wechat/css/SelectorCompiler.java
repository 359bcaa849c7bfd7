package org.inkstone.render.wechat.css;

import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberFunctionLike;
import com.helger.css.decl.CSSSelectorMemberNot;
import com.helger.css.decl.CSSSelectorMemberPseudoHas;
import com.helger.css.decl.CSSSelectorMemberPseudoIs;
import com.helger.css.decl.CSSSelectorMemberPseudoWhere;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.ECSSSelectorCombinator;
import com.helger.css.decl.ICSSSelectorMember;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one ph-css selector (one member of a selector group) into a jsoup query, its
 * specificity and its pseudo-element, or reports why it cannot be honoured.
 */
final class SelectorCompiler {
    enum Pseudo { NONE, BEFORE, AFTER }

    /**
     * A selector jsoup can match. The required class, tag and id names (lower case) are those of
     * the selector's own compounds: when the document lacks one of them, the selector cannot match.
     */
    record Compiled(String text, Evaluator evaluator, Specificity specificity, Pseudo pseudo,
                    Set<String> classes, Set<String> tags, Set<String> ids) {}

    /** The selector cannot be honoured; the message says why. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }

    /** State-dependent pseudo-classes: a pasted article has no pointer, focus, history or fragment. */
    private static final Set<String> DYNAMIC = Set.of("hover", "focus", "active", "visited", "focus-within",
            "focus-visible", "target", "target-within", "current", "past", "future", "playing", "paused");

    /** Pseudo-classes jsoup evaluates like a browser does on a static document. */
    private static final Set<String> STRUCTURAL = Set.of("root", "first-child", "last-child", "only-child",
            "first-of-type", "last-of-type", "only-of-type", "nth-child", "nth-last-child", "nth-of-type",
            "nth-last-of-type", "empty", "not", "is", "where", "has", "link", "any-link");

    /** Pseudo-elements that may be written with one colon (CSS 2). */
    private static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");

    private SelectorCompiler() {}

    static Compiled compile(CSSSelector selector) throws Unsupported {
        String text = selector.getAsCSSString(CssText.WRITER, 0);
        List<ICSSSelectorMember> members = selector.getAllMembers();
        Pseudo pseudo = Pseudo.NONE;
        int end = members.size();
        if (end > 0 && members.get(end - 1) instanceof CSSSelectorSimpleMember last && last.isPseudo()
                && isPseudoElement(last.getValue())) {
            String name = pseudoName(last.getValue());
            pseudo = switch (name) {
                case "before" -> Pseudo.BEFORE;
                case "after" -> Pseudo.AFTER;
                default -> throw new Unsupported("theme CSS: ::" + name
                        + " rules are ignored in WeChat output (only ::before and ::after can be inlined)");
            };
            end--;
        }
        List<ICSSSelectorMember> matched = members.subList(0, end);
        Set<String> classes = new HashSet<>();
        Set<String> tags = new HashSet<>();
        Set<String> ids = new HashSet<>();
        String query = query(matched, text, classes, tags, ids);
        if (query.isBlank()) {
            query = "*";
        }
        Evaluator evaluator;
        try {
            evaluator = QueryParser.parse(query);
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new Unsupported("theme CSS: selector `" + text + "` cannot be matched (" + e.getMessage()
                    + "); its rules are ignored in WeChat output");
        }
        Specificity specificity = specificity(members);
        return new Compiled(text, evaluator, specificity, pseudo, Set.copyOf(classes), Set.copyOf(tags), Set.copyOf(ids));
    }

    /** The jsoup query for the members; names required by the top-level compounds are collected when the sets are given. */
    private static String query(List<ICSSSelectorMember> members, String text,
                                Set<String> classes, Set<String> tags, Set<String> ids) throws Unsupported {
        StringBuilder sb = new StringBuilder();
        for (ICSSSelectorMember m : members) {
            if (m instanceof ECSSSelectorCombinator c) {
                sb.append(switch (c) {
                    case BLANK -> " ";
                    case GREATER -> " > ";
                    case PLUS -> " + ";
                    case TILDE -> " ~ ";
                });
            } else if (m instanceof CSSSelectorSimpleMember s) {
                String v = s.getValue();
                if (s.isPseudo()) {
                    sb.append(pseudoClass(v, text));
                } else if (v.contains("|")) {
                    throw new Unsupported("theme CSS: namespaced selectors such as `" + text
                            + "` are ignored in WeChat output");
                } else {
                    sb.append(v);
                    if (classes != null && v.indexOf('\\') < 0) {
                        if (s.isClass()) {
                            classes.add(v.substring(1).toLowerCase(Locale.ROOT));
                        } else if (s.isHash()) {
                            ids.add(v.substring(1).toLowerCase(Locale.ROOT));
                        } else if (s.isElementName() && !v.equals("*")) {
                            tags.add(v.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            } else if (m instanceof CSSSelectorAttribute a) {
                if (a.getNamespacePrefix() != null && !a.getNamespacePrefix().isEmpty()) {
                    throw new Unsupported("theme CSS: namespaced selectors such as `" + text
                            + "` are ignored in WeChat output");
                }
                sb.append(a.getAsCSSString(CssText.WRITER, 0));
            } else if (m instanceof CSSSelectorMemberNot not) {
                sb.append(":not(").append(list(not.getAllSelectors(), text)).append(')');
            } else if (m instanceof CSSSelectorMemberPseudoIs is) {
                sb.append(":is(").append(list(is.getAllSelectors(), text)).append(')');
            } else if (m instanceof CSSSelectorMemberPseudoWhere where) {
                // jsoup has no :where(); :is() matches the same elements, and specificity is ours
                sb.append(":is(").append(list(where.getAllSelectors(), text)).append(')');
            } else if (m instanceof CSSSelectorMemberPseudoHas has) {
                sb.append(":has(").append(list(has.getAllSelectors(), text)).append(')');
            } else if (m instanceof CSSSelector nested) {
                // ph-css nests the selector after the leading combinator of a relative selector (:has(> p))
                sb.append(query(nested.getAllMembers(), text, null, null, null));
            } else if (m instanceof CSSSelectorMemberFunctionLike f) {
                String written = f.getAsCSSString(CssText.WRITER, 0);
                pseudoClass(written, text); // reports dynamic or pseudo-element functions
                sb.append(written);
            } else {
                String written = m.getAsCSSString(CssText.WRITER, 0);
                int paren = written.indexOf('(');
                throw new Unsupported("theme CSS: " + (paren > 0 ? written.substring(0, paren) + "()" : written)
                        + " selectors are ignored in WeChat output");
            }
        }
        return sb.toString();
    }

    private static String list(List<CSSSelector> selectors, String text) throws Unsupported {
        StringBuilder sb = new StringBuilder();
        for (CSSSelector s : selectors) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(query(s.getAllMembers(), text, null, null, null).trim());
        }
        return sb.toString();
    }

    /** The jsoup spelling of a pseudo-class such as {@code :first-child} or {@code :nth-child(2n+1)}. */
    private static String pseudoClass(String written, String text) throws Unsupported {
        String name = pseudoName(written);
        if (isPseudoElement(written)) {
            if (name.equals("before") || name.equals("after")) {
                throw new Unsupported("theme CSS: selector `" + text
                        + "` is ignored: ::before and ::after can only end a selector");
            }
            throw new Unsupported("theme CSS: ::" + name
                    + " rules are ignored in WeChat output (only ::before and ::after can be inlined)");
        }
        if (DYNAMIC.contains(name)) {
            throw new Unsupported("theme CSS: :" + name
                    + " rules are ignored in WeChat output (a pasted article has no hover, focus, visited or target state)");
        }
        if (name.equals("link") || name.equals("any-link")) {
            return ":is(a, area)[href]";
        }
        if (!STRUCTURAL.contains(name)) {
            // jsoup may still know it (its own extensions); if not, say which pseudo-class is the problem
            try {
                QueryParser.parse("*" + written);
            } catch (Selector.SelectorParseException | IllegalArgumentException e) {
                throw new Unsupported("theme CSS: the :" + name + (written.indexOf('(') > 0 ? "()" : "")
                        + " pseudo-class is not supported; rules using it are ignored in WeChat output");
            }
        }
        return written;
    }

    static boolean isPseudoElement(String written) {
        return written.startsWith("::") || LEGACY_PSEUDO_ELEMENTS.contains(pseudoName(written));
    }

    /** {@code ::Before} → {@code before}, {@code :nth-child(2n)} → {@code nth-child}. */
    static String pseudoName(String written) {
        int start = 0;
        while (start < written.length() && written.charAt(start) == ':') {
            start++;
        }
        int paren = written.indexOf('(', start);
        return written.substring(start, paren < 0 ? written.length() : paren).trim().toLowerCase(Locale.ROOT);
    }

    /** Specificity from the ph-css members; {@code :not()}, {@code :is()} and {@code :has()} count their most specific argument. */
    static Specificity specificity(List<ICSSSelectorMember> members) {
        int ids = 0;
        int classes = 0;
        int elements = 0;
        Specificity nested = Specificity.ZERO;
        for (ICSSSelectorMember m : members) {
            if (m instanceof CSSSelectorSimpleMember s) {
                String v = s.getValue();
                if (s.isPseudo()) {
                    if (isPseudoElement(v)) {
                        elements++;
                    } else {
                        classes++;
                    }
                } else if (s.isHash()) {
                    ids++;
                } else if (s.isClass()) {
                    classes++;
                } else if (s.isElementName() && !v.equals("*") && !v.endsWith("|")) {
                    elements++;
                }
            } else if (m instanceof CSSSelectorAttribute) {
                classes++;
            } else if (m instanceof CSSSelectorMemberFunctionLike) {
                classes++;
            } else if (m instanceof CSSSelector inner) {
                nested = nested.plus(specificity(inner.getAllMembers()));
            } else if (m instanceof CSSSelectorMemberNot not) {
                nested = nested.plus(mostSpecific(not.getAllSelectors()));
            } else if (m instanceof CSSSelectorMemberPseudoIs is) {
                nested = nested.plus(mostSpecific(is.getAllSelectors()));
            } else if (m instanceof CSSSelectorMemberPseudoHas has) {
                nested = nested.plus(mostSpecific(has.getAllSelectors()));
            }
            // :where() counts nothing; combinators count nothing
        }
        return new Specificity(ids, classes, elements).plus(nested);
    }

    private static Specificity mostSpecific(List<CSSSelector> selectors) {
        Specificity max = Specificity.ZERO;
        for (CSSSelector s : selectors) {
            max = Specificity.max(max, specificity(s.getAllMembers()));
        }
        return max;
    }
}
