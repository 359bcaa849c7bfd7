package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.highlight.CodeToken;
import org.inkstone.model.CodeBlock;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code block as {@code <pre class="code-block"><code class="language-x">}, highlighted at build
 * time: one {@code <span class="tok-TYPE">} per token, nested as the grammar nests them, and
 * every span closed at a line end (so each line stands alone for outputs that split lines).
 * Line numbers, when asked for, are {@code <span class="line-number">} at the start of each line.
 * A block the highlighter fails on is written as plain code, with a warning at its line.
 */
final class CodeElements {
    private static final Pattern LINE_NUMBER_FLAG =
            Pattern.compile("(?i)(?:^|[\\s{,])\\.?(?:linenos|linenums|line-numbers|showlinenumbers|numberlines)(?=$|[\\s},=])");

    private final CodeHighlighter highlighter;
    private final boolean highlight;
    private final boolean lineNumbers;
    private final Diagnostics diagnostics;

    CodeElements(CodeHighlighter highlighter, boolean highlight, boolean lineNumbers, Diagnostics diagnostics) {
        this.highlighter = highlighter;
        this.highlight = highlight;
        this.lineNumbers = lineNumbers;
        this.diagnostics = diagnostics;
    }

    void append(Element parent, CodeBlock block) {
        Element pre = WrittenAttributes.apply(parent.appendElement("pre").addClass("code-block"), block.attributes());
        Element code = pre.appendElement("code");
        String lang = block.language().toLowerCase(Locale.ROOT);
        if (!lang.isEmpty()) {
            pre.attr("data-lang", lang);
            code.addClass("language-" + lang.replaceAll("[^a-z0-9_+-]", ""));
        }
        boolean numbered = lineNumbers || LINE_NUMBER_FLAG.matcher(block.info()).find();
        if (numbered) pre.addClass("line-numbers");
        List<CodeToken> tokens = tokens(lang, block);
        if (tokens.size() > 1 || !tokens.get(0).plain()) pre.addClass("highlighted");
        write(code, tokens, numbered);
    }

    /** The block's tokens; one plain token when highlighting is off or the highlighter fails on it (with a warning). */
    private List<CodeToken> tokens(String lang, CodeBlock block) {
        List<CodeToken> plain = List.of(new CodeToken(block.text(), List.of()));
        if (!highlight) return plain;
        try {
            return highlighter.highlight(lang, block.text());
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.warn(block.line(), "the " + lang + " code block could not be highlighted (" + Failure.describe(e)
                    + "); it is shown as plain code");
            return plain;
        }
    }

    private static void write(Element code, List<CodeToken> tokens, boolean numbered) {
        List<String> open = new ArrayList<>();
        List<Element> stack = new ArrayList<>();
        stack.add(code);
        int line = 1;
        if (numbered) lineNumber(code, line);
        for (CodeToken token : tokens) {
            String[] pieces = token.text().split("\n", -1);
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    // a line end: close every span, write the newline at the top, start the next line
                    open.clear();
                    stack.subList(1, stack.size()).clear();
                    code.appendText("\n");
                    if (numbered) lineNumber(code, ++line);
                }
                if (pieces[i].isEmpty()) continue;
                int common = 0;
                while (common < open.size() && common < token.kinds().size()
                        && open.get(common).equals(token.kinds().get(common))) common++;
                open.subList(common, open.size()).clear();
                stack.subList(common + 1, stack.size()).clear();
                for (int k = common; k < token.kinds().size(); k++) {
                    Element span = stack.get(stack.size() - 1).appendElement("span");
                    for (String kind : token.kinds().get(k).split(" ")) span.addClass("tok-" + kind);
                    open.add(token.kinds().get(k));
                    stack.add(span);
                }
                stack.get(stack.size() - 1).appendText(pieces[i]);
            }
        }
    }

    private static void lineNumber(Element code, int n) {
        code.appendElement("span").addClass("line-number").attr("aria-hidden", "true").text(String.valueOf(n));
    }
}
