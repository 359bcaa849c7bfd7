package org.inkstone.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Attributes;
import org.inkstone.model.Code;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Emphasis;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.HardBreak;
import org.inkstone.model.Highlight;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.MathInline;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Span;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Converts flexmark inline nodes to model inlines (links, images, autolinks, footnote references …). */
final class InlineConverter {
    private static final Pattern SIZE = Pattern.compile("^(\\d+)(?:x(\\d+))?$");
    /** A pandoc image size in pixels: {@code 300} or {@code 300px}. */
    private static final Pattern PIXELS = Pattern.compile("^(\\d+)(?:px)?$");
    /** The largest width or height {@code ![[img.png|W]]} takes, as for a raw HTML image (five digits). */
    private static final int MAX_PIXELS = 99_999;
    /** Characters that end a bare address: whitespace, angle brackets, quotes, CJK and full-width forms. */
    private static final String URL_CHAR = "[^\\s<>\"\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]";
    /** A bare URL (group 1 is its start) or an e-mail address. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)(https?://|www\\.)" + URL_CHAR + "+"
            + "|[a-z0-9._+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");

    private final Diagnostics diagnostics;
    private final Footnotes footnotes;
    private final HeadingReferences references;
    private final com.vladsch.flexmark.util.ast.Document document;
    private final NodeLines lines;
    /** True while converting a table cell, where {@code \\|} inside code means a literal pipe. */
    private boolean inTableCell;
    /** Inside a link's text no bare URL is linked again. */
    private int linkDepth;
    /**
     * The source offsets [skipFrom, skipTo) of an attribute block read after a link, image or span:
     * the text there is not text. -1 when there is none.
     */
    private int skipFrom = -1;
    private int skipTo = -1;
    /** Source offset of an unclosed {@code %%}, after which nothing is published; -1 while there is none. */
    private int hiddenFrom = -1;

    InlineConverter(Diagnostics diagnostics, Footnotes footnotes, HeadingReferences references,
                    com.vladsch.flexmark.util.ast.Document document, NodeLines lines) {
        this.diagnostics = diagnostics;
        this.footnotes = footnotes;
        this.references = references;
        this.document = document;
        this.lines = lines;
    }

    private int line(Node n) {
        return lines.of(n);
    }

    /** The inlines of a table cell: there {@code \\|} in a code span is a plain pipe (GFM). */
    List<Inline> cell(Node cell) {
        inTableCell = true;
        try {
            return trim(inlines(cell));
        } finally {
            inTableCell = false;
        }
    }

    /** One inline node's model inlines (a flexmark text node may hold several links). */
    List<Inline> convert(Node n) {
        List<Inline> out = new ArrayList<>();
        inline(n, out);
        return out;
    }

    List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) inline(c, out);
        return mergeText(out);
    }

    private void inline(Node n, List<Inline> out) {
        if (skipTo >= 0 && n.getStartOffset() >= skipFrom) {
            if (n.getStartOffset() >= skipTo) {
                skipTo = skipFrom = -1;
            } else if (n.getEndOffset() <= skipTo) {
                return; // wholly inside the attribute block
            } else if (n instanceof com.vladsch.flexmark.ast.Text t) {
                BasedSequence rest = t.getChars().baseSubSequence(skipTo, t.getEndOffset());
                skipTo = skipFrom = -1;
                text(rest.unescape(), t, out);
                return;
            }
        }
        if (n instanceof com.vladsch.flexmark.ast.Text t) text(t.getChars().unescape(), t, out);
        else if (n instanceof TextBase) { for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, out); }
        else if (n instanceof HtmlEntity e) out.add(new Text(e.getChars().unescape()));
        else if (n instanceof com.vladsch.flexmark.ast.Emphasis) out.add(withAttributes(n, new Emphasis(inlines(n))));
        else if (n instanceof StrongEmphasis) out.add(withAttributes(n, new Strong(inlines(n))));
        else if (n instanceof com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough) out.add(withAttributes(n, new Strikethrough(inlines(n))));
        else if (n instanceof Subscript) out.add(new org.inkstone.model.Subscript(inlines(n)));
        else if (n instanceof Superscript) out.add(new org.inkstone.model.Superscript(inlines(n)));
        else if (n instanceof HighlightNode) out.add(withAttributes(n, new Highlight(inlines(n))));
        else if (n instanceof com.vladsch.flexmark.ast.Code c) {
            String code = codeSpan(c.getText());
            out.add(withAttributes(n, new Code(inTableCell ? code.replace("\\|", "|") : code))); // GFM: \| in a cell is the pipe
        }
        else if (n instanceof MathNode m) out.add(new MathInline(m.tex, line(m)));
        else if (n instanceof com.vladsch.flexmark.ast.Link l) {
            linkDepth++;
            try {
                List<Inline> content = inlines(l);
                out.add(new Link(l.getUrl().unescape(), l.getTitle().unescape(), content, line(l), attributesAfter(l)));
            } finally {
                linkDepth--;
            }
        }
        else if (n instanceof com.vladsch.flexmark.ast.Image i)
            out.add(image(i.getUrl().unescape(), i, i.getTitle().unescape(), attributesAfter(i)));
        else if (n instanceof AutoLink a) autoLink(a, out);
        else if (n instanceof MailLink m)
            out.add(new Link("mailto:" + m.getText().unescape(), "", List.of(new Text(m.getText().unescape())), line(m)));
        else if (n instanceof LinkRef r) linkRef(r, out);
        else if (n instanceof ImageRef r) imageRef(r, out);
        else if (n instanceof SoftLineBreak) out.add(new SoftBreak());
        else if (n instanceof HardLineBreak) out.add(new HardBreak());
        else if (n instanceof HtmlInlineComment c) out.add(new EditorNote(commentText(c.getChars().toString()), line(c)));
        else if (n instanceof CommentNode c) out.add(c.closed ? new EditorNote(c.text, line(c)) : unclosedComment(c, line(c)));
        else if (n instanceof HtmlInline h) out.add(new RawHtml(h.getChars().toString(), line(h)));
        else if (n instanceof Footnote f) footnoteRef(f, out);
        else if (n instanceof WikiImage w && NoteEmbedSyntax.isNote(beforeSeparator(w.getLink(), w))) out.add(inlineNoteEmbed(w));
        else if (n instanceof WikiImage w) out.add(wikiImage(w));
        else if (n instanceof WikiLink w)
            out.add(new org.inkstone.model.WikiLink(beforeSeparator(w.getPageRef(), w), beforeSeparator(w.getAnchorRef(), w),
                    w.getTextSeparatorMarker().isEmpty() ? "" : w.getText().unescape().strip()));
        else {
            diagnostics.warn(line(n), "unsupported inline Markdown (" + n.getNodeName() + ") kept as plain text");
            out.add(new Text(n.getChars().toString()));
        }
    }

    /** An image; a pandoc {@code width=300} or {@code height=200} (pixels) in its attributes is its size. */
    private Image image(String src, Node node, String title, Attributes attributes) {
        int width = pixelsAttribute(attributes, "width"), height = pixelsAttribute(attributes, "height");
        if (width > 0 || height > 0) {
            java.util.Map<String, String> values = new java.util.LinkedHashMap<>(attributes.values());
            if (width > 0) values.remove("width");
            if (height > 0) values.remove("height");
            attributes = new Attributes(attributes.id(), attributes.classes(), values);
        }
        return new Image(src.strip(), plainText(node), title, width, height, line(node), attributes);
    }

    private static int pixelsAttribute(Attributes attributes, String key) {
        String v = attributes.values().getOrDefault(key, "");
        Matcher m = PIXELS.matcher(v);
        return m.matches() ? Math.max(pixels(m.group(1)), 0) : 0;
    }

    /**
     * {@code converted} with the attributes written right after {@code n} (pandoc's
     * {@code `code`{.haskell}}, markdown-it-attrs' {@code ==注意=={.warning}}, {@code **粗体**{.x}}) on a
     * span around it; {@code converted} itself when there are none.
     */
    private Inline withAttributes(Node n, Inline converted) {
        Attributes attributes = attributesAfter(n);
        return attributes.isEmpty() ? converted : new Span(attributes, List.of(converted));
    }

    /**
     * The pandoc attributes {@code {…}} written right after {@code n} (a link, an image, a span), or
     * none; when read, the text they take is marked to be skipped. A block that would end inside
     * some other markup than text is not read as attributes.
     */
    private Attributes attributesAfter(Node n) {
        BasedSequence base = n.getChars().getBaseSequence();
        int end = n.getEndOffset();
        if (end >= base.length() || base.charAt(end) != '{') return Attributes.NONE;
        int lineEnd = end;
        while (lineEnd < base.length() && base.charAt(lineEnd) != '\n') lineEnd++;
        AttributeSyntax.Leading found = AttributeSyntax.leading(base.subSequence(end, lineEnd));
        if (found == null) return Attributes.NONE;
        int to = end + found.length();
        for (Node s = n.getNext(); s != null && s.getStartOffset() < to; s = s.getNext()) {
            if (s.getEndOffset() > to && !(s instanceof com.vladsch.flexmark.ast.Text)) return Attributes.NONE;
        }
        skipFrom = end;
        skipTo = to;
        return found.attributes();
    }

    /**
     * An unclosed {@code %%}: Obsidian hides everything after it, so the rest of the file becomes
     * one editor note, with a warning; the converters publish nothing after it.
     */
    EditorNote unclosedComment(Node opener, int line) {
        diagnostics.warn(line, "this %% comment is never closed, so everything after it to the end of the file is hidden"
                + " (as Obsidian hides it); add a closing %% where the comment ends");
        hiddenFrom = opener.getStartOffset();
        BasedSequence rest = opener.getChars().getBaseSequence().subSequence(hiddenFrom + CommentSyntax.MARKER.length());
        return new EditorNote(rest.toString().strip(), line);
    }

    /** True once an unclosed {@code %%} has hidden the rest of the file. */
    boolean restHidden() {
        return hiddenFrom >= 0;
    }

    /** True when {@code n} lies after an unclosed {@code %%}, so it is hidden. */
    boolean hidden(Node n) {
        return hiddenFrom >= 0 && n.getStartOffset() > hiddenFrom;
    }

    /**
     * Plain text, with GFM's extended autolinks: bare {@code http(s)://} and {@code www.} addresses
     * and e-mail addresses become links. Unlike GFM, an address ends at the first Chinese
     * character or full-width punctuation mark, and may follow Chinese text directly
     * ({@code 又见https://example.org/b。} links only the address).
     */
    private void text(String text, Node node, List<Inline> out) {
        if (linkDepth > 0 || (!text.contains("://") && !text.contains("www.") && text.indexOf('@') < 0)) {
            out.add(new Text(text));
            return;
        }
        Matcher m = BARE_LINK.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() < last) continue;
            String found = m.group();
            boolean email = m.group(1) == null;
            if (!email) {
                while (!found.isEmpty() && ".,:;!?'\"*_~".indexOf(found.charAt(found.length() - 1)) >= 0) found = found.substring(0, found.length() - 1);
                while (found.endsWith(")") && count(found, '(') < count(found, ')')) found = found.substring(0, found.length() - 1);
                if (found.length() <= m.group(1).length()) continue;
            } else if (m.start() > 0 && (Character.isLetterOrDigit(text.charAt(m.start() - 1)) && text.charAt(m.start() - 1) < 0x80)) {
                continue;
            }
            String href = email ? "mailto:" + found : found.regionMatches(true, 0, "www.", 0, 4) ? "http://" + found : found;
            out.add(new Text(text.substring(last, m.start())));
            out.add(new Link(href, "", List.of(new Text(found)), line(node)));
            last = m.start() + found.length();
        }
        out.add(new Text(text.substring(last)));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** {@code <https://…>}: an autolink in angle brackets. */
    private void autoLink(AutoLink a, List<Inline> out) {
        out.add(new Link(a.getUrl().unescape(), "", List.of(new Text(a.getText().unescape())), line(a)));
    }

    private void linkRef(LinkRef r, List<Inline> out) {
        Reference ref = r.isDefined() ? r.getReferenceNode(document) : null;
        // pandoc's implicit heading reference: [Options] or [the options][Options]
        String heading = ref == null ? references.idFor(r.getReference().unescape()) : null;
        boolean spanForm = ref == null && r.isReferenceTextCombined();
        if (ref == null && (heading != null || spanForm)) {
            Attributes attributes = attributesAfter(r);
            if (spanForm && !attributes.isEmpty()) { // [text]{#id .class}: a pandoc span
                out.add(new Span(attributes, inlines(r)));
                return;
            }
            if (heading != null) {
                out.add(new Link("#" + heading, "", inlines(r), line(r), attributes));
                return;
            }
        }
        if (ref == null) {
            // Not a link: show the brackets as written, keeping any formatting inside them.
            int innerEnd = r.getLastChild() != null ? r.getLastChild().getEndOffset() : r.getStartOffset() + 1;
            out.add(new Text("["));
            out.addAll(inlines(r));
            out.add(new Text(r.getChars().baseSubSequence(Math.max(innerEnd, r.getStartOffset() + 1), r.getEndOffset()).unescape()));
            return;
        }
        List<Inline> content = inlines(r);
        out.add(new Link(ref.getUrl().unescape(), ref.getTitle().unescape(), content, line(r), attributesAfter(r)));
    }

    private void imageRef(ImageRef r, List<Inline> out) {
        Reference ref = r.isDefined() ? r.getReferenceNode(document) : null;
        if (ref == null) {
            out.add(new Text(r.getChars().toString()));
            return;
        }
        out.add(image(ref.getUrl().unescape(), r, ref.getTitle().unescape(), attributesAfter(r)));
    }

    private void footnoteRef(Footnote f, List<Inline> out) {
        String label = f.getText().toString();
        if (!footnotes.isDefined(label)) {
            diagnostics.warn(line(f), "footnote [^" + label + "] has no definition; add a line '[^" + label + "]: …'");
            out.add(new Text("[^" + label + "]"));
            return;
        }
        int[] numbered = footnotes.reference(label);
        out.add(new FootnoteRef(label, numbered[0], numbered[1]));
    }

    /**
     * A note embed inside running text (or a heading, a table cell) cannot hold the note's blocks: it becomes
     * a wiki link to the note, with a warning.
     */
    private org.inkstone.model.WikiLink inlineNoteEmbed(WikiImage w) {
        org.inkstone.model.NoteEmbed embed = NoteEmbedSyntax.embed(beforeSeparator(w.getLink(), w), line(w));
        diagnostics.warn(line(w), "the note embed ![[" + embed.target() + "]] stands inside running text, where a note"
                + " cannot be embedded; it is shown as a link to the note. Put it on a line of its own to embed the note");
        return new org.inkstone.model.WikiLink(embed.note(), embed.heading(), "");
    }

    private Image wikiImage(WikiImage w) {
        String text = w.getText().unescape().strip();
        int width = 0, height = 0;
        String alt = text;
        Matcher m = SIZE.matcher(text);
        if (m.matches()) {
            width = pixels(m.group(1));
            height = m.group(2) == null ? 0 : pixels(m.group(2));
            alt = "";
            if (width < 0 || height < 0) {
                diagnostics.warn(line(w), "image size " + text + " is too large (at most " + MAX_PIXELS
                        + " pixels a side); the image keeps its own size there");
                width = Math.max(width, 0);
                height = Math.max(height, 0);
            }
        }
        return new Image(beforeSeparator(w.getLink(), w), alt, "", width, height, line(w));
    }

    /**
     * A wiki link's page, anchor or embedded file, unescaped. In a table cell Obsidian writes the
     * {@code |} before an alias or a size as {@code \|} (a bare one would end the cell), so there
     * the backslash just before the separator belongs to it, not to the name.
     */
    private String beforeSeparator(BasedSequence part, com.vladsch.flexmark.ext.wikilink.WikiNode w) {
        String s = part.unescape();
        BasedSequence separator = w.getTextSeparatorMarker();
        if (inTableCell && !separator.isEmpty() && !part.isEmpty() && part.getEndOffset() == separator.getStartOffset()
                && s.endsWith("\\")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /** A size from {@code ![[img.png|300x200]]}: the number, or -1 when it is over {@link #MAX_PIXELS}. */
    private static int pixels(String digits) {
        String n = digits.replaceFirst("^0+(?=\\d)", "");
        return n.length() > 5 ? -1 : Integer.parseInt(n); // five digits: at most MAX_PIXELS
    }

    /** Plain text of an inline node's content (an image's alt text). */
    static String plainText(Node node) {
        StringBuilder sb = new StringBuilder();
        java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
        for (Node c = node.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof com.vladsch.flexmark.ast.Text || n instanceof HtmlEntity) sb.append(n.getChars().unescape());
            else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) sb.append(' ');
            if (n instanceof com.vladsch.flexmark.ast.Code c) { sb.append(codeSpan(c.getText())); continue; }
            if (n instanceof MathNode m) { sb.append(m.tex); continue; }
            for (Node c = n.getLastChild(); c != null; c = c.getPrevious()) stack.push(c);
        }
        return sb.toString().strip();
    }

    /** CommonMark code span content: line endings become spaces, one surrounding space is stripped. */
    private static String codeSpan(BasedSequence raw) {
        String s = raw.toString().replace('\n', ' ');
        if (s.length() >= 2 && s.startsWith(" ") && s.endsWith(" ") && !s.isBlank()) s = s.substring(1, s.length() - 1);
        return s;
    }

    static String commentText(String comment) {
        String s = comment.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        return s.strip();
    }


    static List<Inline> mergeText(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) {
            if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
                out.set(out.size() - 1, new Text(prev.text() + t.text()));
            } else if (!(i instanceof Text t && t.text().isEmpty())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Drops breaks and whitespace at both ends of an inline sequence. */
    static List<Inline> trim(List<Inline> in) {
        List<Inline> list = new ArrayList<>(mergeText(in));
        while (!list.isEmpty() && isBreak(list.get(0))) list.remove(0);
        while (!list.isEmpty() && isBreak(list.get(list.size() - 1))) list.remove(list.size() - 1);
        if (!list.isEmpty() && list.get(0) instanceof Text t) {
            String s = t.text().stripLeading();
            if (s.isEmpty()) list.remove(0); else list.set(0, new Text(s));
        }
        if (!list.isEmpty() && list.get(list.size() - 1) instanceof Text t) {
            String s = t.text().stripTrailing();
            if (s.isEmpty()) list.remove(list.size() - 1); else list.set(list.size() - 1, new Text(s));
        }
        return list;
    }

    private static boolean isBreak(Inline i) {
        return i instanceof SoftBreak || i instanceof HardBreak || (i instanceof Text t && t.text().isBlank());
    }

}
