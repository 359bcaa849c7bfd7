package org.inkstone.parse;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.regex.Matcher;

/**
 * Inline HTML tags, read exactly as flexmark reads them (its own {@code HTML_TAG} pattern, comments
 * apart) but in time proportional to the paragraph: flexmark copies the whole rest of the
 * paragraph into a new string for every tag it finds, so a paragraph with 25,000 {@code <em>}
 * tags took half a minute. Here the paragraph becomes a string once and each tag is matched in place.
 */
final class HtmlTagSyntax extends InlineSyntax {

    private BasedSequence input;
    private Matcher matcher;

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence in = parser.getInput();
        if (in != input) {
            input = in;
            matcher = parser.getParsing().HTML_TAG.matcher(in.toString());
        }
        int start = parser.getIndex();
        matcher.region(start, in.length());
        if (!matcher.lookingAt()) return false;
        BasedSequence tag = in.subSequence(start, matcher.end());
        parser.flushTextNode();
        parser.getBlock().appendChild(tag.startsWith("<!--") && tag.endsWith("-->") ? new HtmlInlineComment(tag) : new HtmlInline(tag));
        parser.setIndex(matcher.end());
        return true;
    }
}
