package org.inkstone.publish;

import org.inkstone.highlight.CodeHighlighter;
import org.inkstone.model.Block;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;

import java.util.Locale;

/**
 * A chapter's code blocks tokenised as soon as it is read, on the thread that read it: the chapters are read on every
 * core, while the outputs are written from the assembled book on one thread each, where highlighting a programming
 * book's code took a twentieth of its PDF's time (es6tutorial: some 1,750 blocks). Each reading thread tokenises with a
 * highlighter of its own (grammars are not shared between threads), and the tokens go into the build's highlighter,
 * where the XHTML writer finds them; tokens are the same whichever highlighter made them.
 */
final class CodeAhead extends DocumentWalker {
    private final CodeHighlighter highlighter;
    private final CodeHighlighter worker;

    private CodeAhead(CodeHighlighter highlighter, CodeHighlighter worker) {
        this.highlighter = highlighter;
        this.worker = worker;
    }

    /** Puts the chapter's tokens in {@code highlighter}'s cache, made by {@code worker}, the calling thread's own highlighter. */
    static void warm(Document chapter, CodeHighlighter highlighter, CodeHighlighter worker) {
        new CodeAhead(highlighter, worker).walk(chapter);
    }

    @Override
    protected void visitBlock(Block b) {
        // the language as the XHTML writer asks for it (CodeElements)
        if (b instanceof CodeBlock c && !c.language().isBlank()) highlighter.warm(c.language().toLowerCase(Locale.ROOT), c.text(), worker);
    }
}
