package org.inkstone.render.wechat.css;

import org.inkstone.diagnostic.Diagnostics;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Inlines a stylesheet into {@code style} attributes, for the WeChat editor, which keeps no
 * {@code <style>}, classes or ids.
 *
 * <ul>
 *   <li>The stylesheet is read with ph-css; each selector of a group is matched with jsoup.</li>
 *   <li>Cascade per element and property: {@code !important} first, then the existing style
 *       attribute (inline style), then specificity, then source order.</li>
 *   <li>Custom properties cascade and inherit down the tree; {@code var()} is replaced by its
 *       value (fallbacks included); custom properties themselves are not written.</li>
 *   <li>{@code ::before} / {@code ::after} with a {@code content} become real {@code <span>}s.</li>
 *   <li>What WeChat cannot honour (dynamic pseudo-classes, other pseudo-elements, at-rules,
 *       {@code position}, unmatchable selectors, undefined variables) is reported once per
 *       message and skipped.</li>
 *   <li>Inheritance of ordinary properties is left to the browser.</li>
 * </ul>
 *
 * Give the whole stylesheet (for example base.css followed by wechat.css) in one call: a second
 * call would take the first call's output for author inline style.
 */
public final class CssInliner {
    /** Elements a browser draws no ::before / ::after for: void and replaced elements, the document head. */
    private static final Set<String> NO_PSEUDO_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "param", "source", "track", "wbr", "iframe", "video", "audio", "canvas",
            "object", "textarea", "select", "html", "head", "title", "style", "script", "template", "noscript");

    private static final Comparator<Entry> CASCADE = Comparator
            .comparing((Entry e) -> e.declaration().important())
            .thenComparing(Entry::inline)
            .thenComparing(Entry::specificity)
            .thenComparingInt(Entry::order);

    private final DistinctWarnings reporter;
    private final PseudoContent content;
    private String lastCss;
    private CompiledSheet lastSheet;

    public CssInliner(Diagnostics diagnostics) {
        this.reporter = new DistinctWarnings(Objects.requireNonNull(diagnostics, "diagnostics"));
        this.content = new PseudoContent(reporter);
    }

    /** Applies the stylesheet to the elements of doc, writing each element's computed declarations into its style attribute. */
    public void inline(Document doc, String css) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(css, "css");
        new Run(doc, sheet(css)).apply();
    }

    /** The stylesheet, parsed once per distinct text (the last one is kept for the next call). */
    private synchronized CompiledSheet sheet(String css) {
        if (!css.equals(lastCss)) {
            lastSheet = CompiledSheet.compile(css, reporter);
            lastCss = css;
        }
        return lastSheet;
    }

    /** A declaration competing for an element's property. Inline-style entries have no specificity of their own. */
    private record Entry(Declaration declaration, Specificity specificity, boolean inline, int order) {}

    /** A matched selector: the rule's index and the selector's specificity. */
    private record Match(int rule, Specificity specificity) {}

    /** One inline() call on one document. */
    private final class Run {
        private final Document doc;
        private final CompiledSheet sheet;
        private final List<Element> elements = new ArrayList<>();
        private final IdentityHashMap<Element, Integer> index = new IdentityHashMap<>();
        private final Map<String, List<Declaration>> styleAttributes = new HashMap<>();

        Run(Document doc, CompiledSheet sheet) {
            this.doc = doc;
            this.sheet = sheet;
        }

        void apply() {
            Set<String> classes = new HashSet<>();
            Set<String> tags = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (Element e : doc.getAllElements()) {
                if (e == doc) {
                    continue;
                }
                index.put(e, elements.size());
                elements.add(e);
                tags.add(e.normalName());
                String id = e.id();
                if (!id.isEmpty()) {
                    ids.add(id.toLowerCase(Locale.ROOT));
                }
                if (e.hasAttr("class")) {
                    for (String c : e.classNames()) {
                        classes.add(c.toLowerCase(Locale.ROOT));
                    }
                }
            }
            int n = elements.size();
            @SuppressWarnings("unchecked")
            List<Match>[][] matches = new List[SelectorCompiler.Pseudo.values().length][n];
            for (CompiledSheet.RuleSelector rs : sheet.selectors) {
                SelectorCompiler.Compiled c = rs.selector();
                if (!classes.containsAll(c.classes()) || !tags.containsAll(c.tags()) || !ids.containsAll(c.ids())) {
                    continue; // a required class, tag or id is absent from the document
                }
                List<Match>[] byElement = matches[c.pseudo().ordinal()];
                Match match = new Match(rs.rule(), c.specificity());
                for (Element e : doc.select(c.evaluator())) {
                    Integer i = index.get(e);
                    if (i != null) {
                        if (byElement[i] == null) {
                            byElement[i] = new ArrayList<>(4);
                        }
                        byElement[i].add(match);
                    }
                }
            }

            @SuppressWarnings("unchecked")
            Map<String, String>[] vars = new Map[n];
            List<Runnable> insertions = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Element e = elements.get(i);
                Integer parent = e.parent() == null ? null : index.get(e.parent());
                Map<String, String> inherited = parent == null ? Map.of() : vars[parent];
                vars[i] = style(e, matches[SelectorCompiler.Pseudo.NONE.ordinal()][i], inherited);
                for (SelectorCompiler.Pseudo pseudo : List.of(SelectorCompiler.Pseudo.BEFORE, SelectorCompiler.Pseudo.AFTER)) {
                    List<Match> pm = matches[pseudo.ordinal()][i];
                    if (pm != null && mayHavePseudoElements(e)) {
                        Element span = pseudoElement(e, pseudo, pm, vars[i]);
                        if (span != null) {
                            insertions.add(pseudo == SelectorCompiler.Pseudo.BEFORE
                                    ? () -> e.prependChild(span) : () -> e.appendChild(span));
                        }
                    }
                }
            }
            // after all matching, so that the spans take part in no selector (they are pseudo-elements)
            insertions.forEach(Runnable::run);
        }

        /** Writes the element's style attribute; returns its custom properties (for its children). */
        private Map<String, String> style(Element e, List<Match> matched, Map<String, String> inherited) {
            String attribute = e.hasAttr("style") ? e.attr("style") : null;
            List<Entry> entries = new ArrayList<>();
            addRuleEntries(entries, matched);
            if (attribute != null) {
                List<Declaration> own = styleAttribute(attribute);
                for (int k = 0; k < own.size(); k++) {
                    entries.add(new Entry(own.get(k), Specificity.ZERO, true, k));
                }
            }
            if (entries.isEmpty()) {
                return inherited;
            }
            Map<String, Entry> winners = cascade(entries);
            Map<String, String> vars = customProperties(inherited, winners);
            String css = write(winners, vars, null);
            if (!css.isEmpty()) {
                e.attr("style", css);
            } else if (attribute != null) {
                e.removeAttr("style");
            }
            return vars;
        }

        private Element pseudoElement(Element e, SelectorCompiler.Pseudo pseudo, List<Match> matched, Map<String, String> inherited) {
            List<Entry> entries = new ArrayList<>();
            addRuleEntries(entries, matched);
            Map<String, Entry> winners = cascade(entries);
            Entry contentEntry = winners.get("content");
            if (contentEntry == null) {
                return null;
            }
            Map<String, String> vars = customProperties(inherited, winners);
            String value = resolve(contentEntry, vars);
            if (value == null) {
                return null;
            }
            String name = pseudo == SelectorCompiler.Pseudo.BEFORE ? "::before" : "::after";
            PseudoContent.Parsed parsed = content.parse(value);
            if (parsed.unsupported() != null) {
                reporter.warn("theme CSS: " + parsed.unsupported() + " in content is not supported in WeChat output; "
                        + "::before and ::after using it are skipped");
                return null;
            }
            String text = PseudoContent.evaluate(parsed, e);
            if (text == null) {
                return null;
            }
            Element span = e.ownerDocument() != null ? e.ownerDocument().createElement("span") : new Element("span");
            String css = write(winners, vars, "content");
            if (!css.isEmpty()) {
                span.attr("style", css);
            }
            span.text(text);
            return span;
        }

        private void addRuleEntries(List<Entry> entries, List<Match> matched) {
            if (matched == null) {
                return;
            }
            for (Match m : matched) {
                CompiledSheet.Rule rule = sheet.rules.get(m.rule());
                List<Declaration> declarations = rule.declarations();
                for (int k = 0; k < declarations.size(); k++) {
                    entries.add(new Entry(declarations.get(k), m.specificity(), false, rule.firstOrder() + k));
                }
            }
        }

        private List<Declaration> styleAttribute(String attribute) {
            return styleAttributes.computeIfAbsent(attribute, text -> {
                List<Declaration> read = CompiledSheet.readStyleAttribute(text, reporter);
                if (read == null) {
                    reporter.warn("inline style: style=\"" + text + "\" cannot be read; it is kept as written");
                    return List.of(new Declaration("", text.trim(), false));
                }
                return read;
            });
        }

        /** The winning entry per property, in cascade order of the winners. */
        private Map<String, Entry> cascade(List<Entry> entries) {
            entries.sort(CASCADE);
            LinkedHashMap<String, Entry> winners = new LinkedHashMap<>();
            for (Entry entry : entries) {
                String property = entry.declaration().property();
                winners.remove(property);
                winners.put(property, entry);
            }
            return winners;
        }

        /** The custom properties of an element: inherited ones overridden by its own, var() resolved. */
        private Map<String, String> customProperties(Map<String, String> inherited, Map<String, Entry> winners) {
            LinkedHashMap<String, Entry> declared = null;
            for (Map.Entry<String, Entry> w : winners.entrySet()) {
                if (w.getValue().declaration().custom()) {
                    if (declared == null) {
                        declared = new LinkedHashMap<>();
                    }
                    declared.put(w.getKey(), w.getValue());
                }
            }
            if (declared == null) {
                return inherited;
            }
            return new CustomProperties(inherited, declared).compute();
        }

        /** The declarations as {@code prop: value; prop2: value2}, without custom properties and {@code skip}. */
        private String write(Map<String, Entry> winners, Map<String, String> vars, String skip) {
            StringBuilder sb = new StringBuilder();
            for (Entry entry : winners.values()) {
                Declaration d = entry.declaration();
                if (d.custom() || d.property().equals(skip)) {
                    continue;
                }
                String value = resolve(entry, vars);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append("; ");
                }
                if (d.property().isEmpty()) {
                    sb.append(stripSemicolons(value)); // an unreadable style attribute, kept as written
                } else {
                    sb.append(d.property()).append(": ").append(value);
                }
            }
            return sb.toString();
        }

        /** The value with var() replaced, or {@code null} (reported) when a variable is undefined. */
        private String resolve(Entry entry, Map<String, String> vars) {
            Declaration d = entry.declaration();
            VarResolver.Result r = VarResolver.resolve(d.value(), vars::get);
            if (r.ok()) {
                return r.value();
            }
            reportFailure(entry, r.failure());
            return null;
        }

        private void reportFailure(Entry entry, VarResolver.Failure failure) {
            String source = entry.inline() ? "inline style" : "theme CSS";
            String property = entry.declaration().property();
            reporter.warn(source + ": var(" + failure.variable() + ") "
                    + (failure.cycle() ? "is part of a reference cycle" : "is not defined and has no fallback")
                    + "; the " + property + " declaration is dropped");
        }

        /** Resolves an element's own custom properties against each other and the inherited ones. */
        private final class CustomProperties {
            private final Map<String, String> inherited;
            private final Map<String, Entry> declared;
            private final Map<String, String> result;
            private final Set<String> resolving = new HashSet<>();
            private final Set<String> done = new HashSet<>();

            CustomProperties(Map<String, String> inherited, Map<String, Entry> declared) {
                this.inherited = inherited;
                this.declared = declared;
                this.result = new HashMap<>(inherited);
            }

            Map<String, String> compute() {
                for (String name : declared.keySet()) {
                    value(name);
                }
                return result;
            }

            private String value(String name) {
                if (done.contains(name)) {
                    return result.get(name);
                }
                if (!resolving.add(name)) {
                    return VarResolver.CYCLE;
                }
                Entry entry = declared.get(name);
                String raw = entry.declaration().value().trim();
                String value;
                switch (raw.toLowerCase(Locale.ROOT)) {
                    case "inherit", "unset", "revert", "revert-layer" -> value = inherited.get(name);
                    case "initial" -> value = null;
                    default -> {
                        VarResolver.Result r = VarResolver.resolve(raw,
                                n -> declared.containsKey(n) ? value(n) : inherited.get(n));
                        if (r.ok()) {
                            value = r.value();
                        } else {
                            reportFailure(entry, r.failure());
                            value = null;
                        }
                    }
                }
                resolving.remove(name);
                done.add(name);
                if (value == null) {
                    result.remove(name);
                } else {
                    result.put(name, value);
                }
                return value;
            }
        }
    }

    /** Not for void, replaced, head or SVG / MathML elements (CSS generates no boxes for them). */
    private static boolean mayHavePseudoElements(Element e) {
        if (NO_PSEUDO_ELEMENTS.contains(e.normalName())) {
            return false;
        }
        for (Element a = e; a != null; a = a.parent()) {
            String name = a.normalName();
            if (name.equals("svg") || name.equals("math") || name.equals("head")) {
                return false;
            }
        }
        return true;
    }

    private static String stripSemicolons(String value) {
        int end = value.length();
        while (end > 0 && (value.charAt(end - 1) == ';' || Character.isWhitespace(value.charAt(end - 1)))) {
            end--;
        }
        return value.substring(0, end);
    }
}
