package org.inkstone.render.wechat.css;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSLayerRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSNamespaceRule;
import com.helger.css.decl.CSSPageRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CSSUnknownRule;
import com.helger.css.decl.CSSViewportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSInterpretErrorHandler;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** A stylesheet parsed by ph-css, with its selectors compiled for jsoup; built once per stylesheet text. */
final class CompiledSheet {
    /** A style rule's declarations; declaration {@code k} has cascade order {@code firstOrder + k}. */
    record Rule(List<Declaration> declarations, int firstOrder) {}

    /** One selector of a rule's selector group. */
    record RuleSelector(SelectorCompiler.Compiled selector, int rule) {}

    final List<Rule> rules;
    final List<RuleSelector> selectors;

    private CompiledSheet(List<Rule> rules, List<RuleSelector> selectors) {
        this.rules = List.copyOf(rules);
        this.selectors = List.copyOf(selectors);
    }

    static CompiledSheet compile(String css, DistinctWarnings reporter) {
        CSSReaderSettings settings = settings(reporter, "theme CSS", "");
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings);
        List<Rule> rules = new ArrayList<>();
        List<RuleSelector> selectors = new ArrayList<>();
        if (sheet == null) {
            reporter.warn("theme CSS: the stylesheet cannot be read; no theme styles are inlined");
            return new CompiledSheet(rules, selectors);
        }
        if (sheet.hasImportRules()) {
            reporter.warn(atRule("import"));
        }
        if (sheet.hasNamespaceRules()) {
            reporter.warn(atRule("namespace"));
        }
        int order = 0;
        for (ICSSTopLevelRule top : sheet.getAllRules()) {
            if (!(top instanceof CSSStyleRule rule)) {
                reporter.warn(atRule(atRuleName(top)));
                continue;
            }
            List<Declaration> declarations = declarations(rule.getAllDeclarations(), reporter, "theme CSS");
            if (declarations.isEmpty()) {
                continue;
            }
            List<SelectorCompiler.Compiled> compiled = new ArrayList<>();
            for (CSSSelector selector : rule.getAllSelectors()) {
                try {
                    compiled.add(SelectorCompiler.compile(selector));
                } catch (SelectorCompiler.Unsupported e) {
                    reporter.warn(e.getMessage());
                }
            }
            if (compiled.isEmpty()) {
                continue;
            }
            int index = rules.size();
            rules.add(new Rule(declarations, order));
            order += declarations.size();
            for (SelectorCompiler.Compiled c : compiled) {
                selectors.add(new RuleSelector(c, index));
            }
        }
        return new CompiledSheet(rules, selectors);
    }

    /** The declarations of a style attribute, read by ph-css; problems are reported with {@code source} as prefix. */
    static List<Declaration> readStyleAttribute(String style, DistinctWarnings reporter) {
        String context = " in style=\"" + (style.length() > 60 ? style.substring(0, 57) + "..." : style) + "\"";
        var list = CSSReaderDeclarationList.readFromString(style, settings(reporter, "inline style", context));
        if (list == null) {
            return null;
        }
        return declarations(list.getAllDeclarations(), reporter, "inline style");
    }

    /** Pagination properties from the CSS shared with print: dropped without a report. */
    private static final java.util.Set<String> PRINT_ONLY = java.util.Set.of("page-break-before", "page-break-after",
            "page-break-inside", "break-before", "break-after", "break-inside", "orphans", "widows", "page");

    private static List<Declaration> declarations(List<CSSDeclaration> parsed, DistinctWarnings reporter, String source) {
        List<Declaration> out = new ArrayList<>(parsed.size());
        for (CSSDeclaration d : parsed) {
            String property = d.getProperty();
            if (!property.startsWith("--")) {
                property = property.toLowerCase(Locale.ROOT);
            }
            if (PRINT_ONLY.contains(property)) {
                continue; // pagination: meaningful in the shared rules for print, meaningless on a phone screen
            }
            if (property.equals("position")) {
                reporter.warn(source + ": the position property is ignored in WeChat output (the editor strips it)");
                continue;
            }
            out.add(new Declaration(property, CssText.write(d.getExpression()), d.isImportant()));
        }
        return out;
    }

    static String atRule(String name) {
        return "theme CSS: @" + name + " rules are ignored in WeChat output";
    }

    private static String atRuleName(ICSSTopLevelRule rule) {
        if (rule instanceof CSSMediaRule) return "media";
        if (rule instanceof CSSFontFaceRule) return "font-face";
        if (rule instanceof CSSKeyframesRule) return "keyframes";
        if (rule instanceof CSSPageRule) return "page";
        if (rule instanceof CSSSupportsRule) return "supports";
        if (rule instanceof CSSLayerRule) return "layer";
        if (rule instanceof CSSViewportRule) return "viewport";
        if (rule instanceof CSSNamespaceRule) return "namespace";
        if (rule instanceof CSSUnknownRule unknown) {
            String name = unknown.getDeclaration();
            return name.startsWith("@") ? name.substring(1) : name;
        }
        return rule.getClass().getSimpleName();
    }

    /** ph-css settings: browser-compliant recovery, every skipped part reported. */
    static CSSReaderSettings settings(DistinctWarnings reporter, String source, String context) {
        Consumer<String> warn = reporter::warn;
        ICSSParseErrorHandler errors = new ICSSParseErrorHandler() {
            @Override
            public void onCSSParseError(ParseException e, Token lastValid) {
                warn.accept(source + ": " + describe(e, lastValid) + context + "; it is skipped");
            }

            @Override
            public void onCSSUnexpectedRule(Token token, String rule, String message) {
                if (rule != null && rule.startsWith("@")) {
                    warn.accept(atRule(rule.substring(1).toLowerCase(Locale.ROOT)));
                } else {
                    warn.accept(source + ": line " + token.beginLine + ": " + message + context + "; it is skipped");
                }
            }

            @Override
            public void onCSSDeprecatedProperty(Token prefix, Token property) {
                // kept as written; browsers ignore what they do not know
            }

            @Override
            public void onCSSBrowserCompliantSkip(ParseException e, Token from, Token to) {
                warn.accept(source + ": " + describe(e, from) + context + "; the declaration or rule is skipped");
            }
        };
        ICSSInterpretErrorHandler interpret = new ICSSInterpretErrorHandler() {
            @Override
            public void onCSSInterpretationWarning(String message) {
                // ph-css notes here what it normalised; nothing is lost
            }

            @Override
            public void onCSSInterpretationError(String message) {
                warn.accept(source + ": " + message + context);
            }
        };
        return new CSSReaderSettings()
                .setBrowserCompliantMode(true)
                .setCustomErrorHandler(errors)
                .setInterpretErrorHandler(interpret);
    }

    private static String describe(ParseException e, Token fallback) {
        Token bad = e != null && e.currentToken != null && e.currentToken.next != null ? e.currentToken.next : fallback;
        if (bad == null) {
            return "unreadable CSS";
        }
        String image = bad.image == null || bad.image.isEmpty() ? "end of input" : "\"" + bad.image + "\"";
        return "line " + bad.beginLine + ": unreadable CSS at " + image;
    }
}
