package org.inkstone.parse;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.ext.wikilink.WikiLink;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.BlockQuote;
import org.inkstone.model.BulletList;
import org.inkstone.model.Callout;
import org.inkstone.model.Code;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.DefinitionList;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Emphasis;
import org.inkstone.model.Figure;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.HardBreak;
import org.inkstone.model.Heading;
import org.inkstone.model.Highlight;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.ListItem;
import org.inkstone.model.MathBlock;
import org.inkstone.model.MathInline;
import org.inkstone.model.OrderedList;
import org.inkstone.model.Paragraph;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Strikethrough;
import org.inkstone.model.Strong;
import org.inkstone.model.Table;
import org.inkstone.model.Text;
import org.inkstone.model.ThematicBreak;
import org.inkstone.model.TocPlaceholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one flexmark AST into Inkstone's model. The only class that walks flexmark nodes. */
final class AstConverter {
    private static final Pattern HEADING_ID = Pattern.compile("^(.*?)\\s*\\{#([^\\s}]+)[^}]*\\}\\s*$", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern SIZE = Pattern.compile("^(\\d+)(?:x(\\d+))?$");
    /** Characters that may start inline Markdown; a title without any is plain text. */
    private static final Pattern MARKUP = Pattern.compile("[*_~=^$\\[\\]<>`\\\\&!:/]");
    /** Characters that end a bare address: whitespace, angle brackets, quotes, CJK and full-width forms. */
    private static final String URL_CHAR = "[^\\s<>\"\\u2E80-\\u9FFF\\uAC00-\\uD7AF\\uF900-\\uFAFF\\uFE30-\\uFE4F\\uFF00-\\uFFEF]";
    /** A bare URL (group 1 is its start) or an e-mail address. */
    private static final Pattern BARE_LINK = Pattern.compile("(?i)(https?://|www\\.)" + URL_CHAR + "+"
            + "|[a-z0-9._+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}");
    private static final Pattern STRAY_MARKERS = Pattern.compile("^[*_]+$");

    private final MarkdownReader reader;
    private final Diagnostics diagnostics;
    private final Footnotes footnotes;
    private final com.vladsch.flexmark.util.ast.Document document;
    private final int lineOffset;
    private final LineIndex lines;
    /** True while converting a table cell, where {@code \|} inside code means a literal pipe. */
    private boolean inTableCell;
    /** Inside a link's text no bare URL is linked again. */
    private int linkDepth;

    AstConverter(MarkdownReader reader, Diagnostics diagnostics, Footnotes footnotes,
                 com.vladsch.flexmark.util.ast.Document document, int lineOffset) {
        this.reader = reader;
        this.diagnostics = diagnostics;
        this.footnotes = footnotes;
        this.document = document;
        this.lineOffset = lineOffset;
        this.lines = new LineIndex(document.getChars());
    }

    private int line(Node n) {
        return lines.lineOf(n.getStartOffset()) + 1 + lineOffset;
    }

    // ---------------------------------------------------------------- blocks

    List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) block(c, out);
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof com.vladsch.flexmark.ast.Heading h) out.add(heading(h));
        else if (n instanceof com.vladsch.flexmark.ast.Paragraph p) paragraph(p, p.getFirstChild(), out);
        else if (n instanceof com.vladsch.flexmark.ast.BlockQuote q) out.add(blockQuote(q));
        else if (n instanceof com.vladsch.flexmark.ast.BulletList l) out.add(new BulletList(l.isTight(), items(l)));
        else if (n instanceof com.vladsch.flexmark.ast.OrderedList l)
            out.add(new OrderedList(l.getStartNumber(), l.isTight(), items(l)));
        else if (n instanceof FencedCodeBlock f) out.add(fenced(f));
        else if (n instanceof IndentedCodeBlock c)
            out.add(new CodeBlock("", "", withoutFinalNewline(c.getContentChars().toString()), line(c)));
        else if (n instanceof com.vladsch.flexmark.ast.ThematicBreak) out.add(new ThematicBreak());
        else if (n instanceof HtmlCommentBlock c) out.add(new EditorNote(commentText(c.getChars().toString()), line(c)));
        else if (n instanceof HtmlBlock h) htmlBlock(h, out);
        else if (n instanceof TableBlock t) out.add(table(t));
        else if (n instanceof AdmonitionBlock a) out.add(admonition(a));
        else if (n instanceof com.vladsch.flexmark.ext.definition.DefinitionList d) out.add(definitions(d));
        else if (n instanceof FootnoteBlock || n instanceof Reference || n instanceof BlankLine) { /* handled elsewhere */ }
        else {
            diagnostics.warn(line(n), "unsupported Markdown block (" + n.getNodeName() + ") kept as plain text");
            out.add(new Paragraph(List.of(new Text(n.getChars().toString().strip()))));
        }
    }

    private Heading heading(com.vladsch.flexmark.ast.Heading h) {
        List<Inline> content = new ArrayList<>(inlines(h));
        String id = null;
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Text last) {
            Matcher m = HEADING_ID.matcher(last.text());
            if (m.matches()) {
                id = m.group(2);
                content.remove(content.size() - 1);
                if (!m.group(1).isEmpty()) content.add(new Text(m.group(1)));
            }
        }
        return new Heading(h.getLevel(), id, trim(content));
    }

    /** A paragraph from {@code first} on: may become a TOC, a figure, math blocks, or plain paragraphs. */
    private void paragraph(com.vladsch.flexmark.ast.Paragraph p, Node first, List<Block> out) {
        if (first == p.getFirstChild()) {
            String raw = p.getChars().toString().strip();
            if (raw.equalsIgnoreCase("[toc]") || raw.equalsIgnoreCase("[[toc]]") || raw.equals("[[_TOC_]]")) {
                out.add(new TocPlaceholder());
                return;
            }
        }
        List<Inline> current = new ArrayList<>();
        for (Node c = first; c != null; c = c.getNext()) {
            if (c instanceof MathNode m && m.display) {
                flushParagraph(current, out, line(p));
                out.add(new MathBlock(m.tex, line(m)));
                current = new ArrayList<>();
            } else {
                inline(c, current);
            }
        }
        flushParagraph(current, out, line(p));
    }

    private void flushParagraph(List<Inline> inlines, List<Block> out, int line) {
        List<Inline> content = trim(inlines);
        if (content.isEmpty()) return;
        Figure figure = figure(content, line);
        out.add(figure != null ? figure : new Paragraph(content));
    }

    /** An image alone in its paragraph (perhaps inside a link, perhaps after a stray {@code **}) is a figure. */
    private Figure figure(List<Inline> content, int line) {
        List<Inline> significant = new ArrayList<>();
        String stray = null;
        for (Inline i : content) {
            if (i instanceof Text t && t.text().isBlank()) continue;
            if (i instanceof SoftBreak) continue;
            if (i instanceof Text t && STRAY_MARKERS.matcher(t.text().strip()).matches() && stray == null) {
                stray = t.text().strip();
                continue;
            }
            significant.add(i);
        }
        if (significant.size() != 1) return null;
        Image image = null;
        String href = null;
        if (significant.get(0) instanceof Image img) image = img;
        else if (significant.get(0) instanceof Link link && link.content().size() == 1
                && link.content().get(0) instanceof Image img) {
            image = img;
            href = link.href();
        }
        if (image == null) return null;
        if (stray != null) {
            diagnostics.warn(line, "stray '" + stray + "' before the image was ignored; remove it or close the bold text");
        }
        String caption = !image.title().isBlank() ? image.title() : image.alt();
        return new Figure(image, caption.isBlank() ? List.of() : List.of(new Text(caption.strip())), href);
    }

    private Block blockQuote(com.vladsch.flexmark.ast.BlockQuote q) {
        if (q.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph p) {
            String text = p.getChars().toString();
            int nl = text.indexOf('\n');
            CalloutSyntax.Header header = CalloutSyntax.obsidian(nl < 0 ? text : text.substring(0, nl));
            if (header != null) {
                List<Block> body = new ArrayList<>();
                Node rest = p.getFirstChild();
                while (rest != null && !(rest instanceof SoftLineBreak) && !(rest instanceof HardLineBreak)) rest = rest.getNext();
                if (rest != null) paragraph(p, rest.getNext(), body);
                for (Node c = p.getNext(); c != null; c = c.getNext()) block(c, body);
                return new Callout(header.kind(), inlineText(header.title(), line(p)), header.fold(), body);
            }
        }
        return new BlockQuote(blocks(q));
    }

    private Callout admonition(AdmonitionBlock a) {
        String title = a.getTitle().unescape().strip();
        return new Callout(a.getInfo().toString().toLowerCase(Locale.ROOT), inlineText(title, line(a)),
                CalloutSyntax.mkdocsFold(a.getOpeningMarker().toString()), blocks(a));
    }

    /** Parses a one-line title (from a callout header) as inline Markdown. */
    private List<Inline> inlineText(String title, int line) {
        if (title.isEmpty()) return List.of();
        if (!MARKUP.matcher(title).find()) return List.of(new Text(title));
        List<Block> parsed = reader.parseNested(title, line - 1, diagnostics, footnotes);
        if (parsed.size() == 1 && parsed.get(0) instanceof Paragraph p) return p.content();
        return List.of(new Text(title));
    }

    private List<ListItem> items(ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            ListItem.Task task = c instanceof TaskListItem t
                    ? (t.isItemDoneMarker() ? ListItem.Task.DONE : ListItem.Task.OPEN) : ListItem.Task.NONE;
            List<Block> content = blocks(c);
            if (task != ListItem.Task.NONE && !spaceAfterTaskMarker((TaskListItem) c)) {
                // GFM: "- [ ]不是任务" is a plain item whose text starts with the brackets.
                task = ListItem.Task.NONE;
                content = new ArrayList<>(content);
                String marker = ((TaskListItem) c).getMarkerSuffix().toString();
                if (!content.isEmpty() && content.get(0) instanceof Paragraph p) {
                    List<Inline> withMarker = new ArrayList<>(List.of(new Text(marker)));
                    withMarker.addAll(p.content());
                    content.set(0, new Paragraph(mergeText(withMarker)));
                } else {
                    content.add(0, new Paragraph(List.of(new Text(marker))));
                }
            }
            items.add(new ListItem(task, content));
        }
        return items;
    }

    private static boolean spaceAfterTaskMarker(TaskListItem item) {
        BasedSequence marker = item.getMarkerSuffix();
        BasedSequence base = marker.getBaseSequence();
        int after = marker.getEndOffset();
        return after >= base.length() || Character.isWhitespace(base.charAt(after));
    }

    private Block fenced(FencedCodeBlock f) {
        String info = f.getInfo().unescape().strip();
        String content = f.getContentChars().toString();
        if (f.getClosingFence().isEmpty()) {
            diagnostics.warn(line(f), "this code fence is never closed, so everything after it to the end of its block"
                    + " was read as " + (info.startsWith("ad-") ? "callout text" : "code") + "; add a closing "
                    + f.getOpeningFence() + " line where the code ends");
        }
        if (info.toLowerCase(Locale.ROOT).startsWith("ad-")) {
            CalloutSyntax.AdFence ad = CalloutSyntax.adFence(info, withoutFinalNewline(content));
            int bodyOffset = line(f) + ad.bodyLineIndex();
            List<Block> body = reader.parseNested(ad.body(), bodyOffset, diagnostics, footnotes);
            return new Callout(ad.kind(), inlineText(ad.title(), line(f)), ad.fold(), body);
        }
        int space = info.indexOf(' ');
        String language = space < 0 ? info : info.substring(0, space);
        if (language.equalsIgnoreCase("math") || language.equalsIgnoreCase("latex") && info.equals(language)) {
            return new MathBlock(withoutFinalNewline(content).strip(), line(f));
        }
        return new CodeBlock(language, info, withoutFinalNewline(content), line(f));
    }

    private void htmlBlock(HtmlBlock h, List<Block> out) {
        String html = h.getChars().toString();
        Matcher m = COMMENT.matcher(html);
        StringBuilder rest = new StringBuilder();
        List<Block> notes = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            rest.append(html, last, m.start());
            notes.add(new EditorNote(m.group(1).strip(), line(h)));
            last = m.end();
        }
        rest.append(html.substring(last));
        if (!rest.toString().isBlank()) out.add(new RawHtml(rest.toString().strip(), line(h)));
        out.addAll(notes);
    }

    private Table table(TableBlock t) {
        List<Table.Row> head = new ArrayList<>();
        List<Table.Row> body = new ArrayList<>();
        List<Table.Alignment> alignments = new ArrayList<>();
        for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
            boolean isHead = section instanceof TableHead;
            if (!isHead && !(section instanceof com.vladsch.flexmark.ext.tables.TableBody)) continue;
            for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) continue;
                List<Table.Cell> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell tc)) continue;
                    if (isHead && head.isEmpty()) alignments.add(alignment(tc.getAlignment()));
                    inTableCell = true;
                    try {
                        cells.add(new Table.Cell(trim(inlines(tc))));
                    } finally {
                        inTableCell = false;
                    }
                }
                (isHead ? head : body).add(new Table.Row(cells));
            }
        }
        return new Table(alignments, head, body);
    }

    private static Table.Alignment alignment(TableCell.Alignment a) {
        if (a == null) return Table.Alignment.NONE;
        return switch (a) {
            case LEFT -> Table.Alignment.LEFT;
            case CENTER -> Table.Alignment.CENTER;
            case RIGHT -> Table.Alignment.RIGHT;
        };
    }

    private DefinitionList definitions(com.vladsch.flexmark.ext.definition.DefinitionList d) {
        List<DefinitionList.Entry> entries = new ArrayList<>();
        List<Inline> term = null;
        List<List<Block>> definitions = new ArrayList<>();
        for (Node c = d.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof DefinitionTerm) {
                if (term != null) entries.add(new DefinitionList.Entry(term, definitions));
                Node content = c.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph p ? p : c;
                term = trim(inlines(content));
                definitions = new ArrayList<>();
            } else if (c instanceof DefinitionItem) {
                definitions.add(blocks(c));
            }
        }
        if (term != null) entries.add(new DefinitionList.Entry(term, definitions));
        return new DefinitionList(entries);
    }

    // ---------------------------------------------------------------- inlines

    List<Inline> inlines(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) inline(c, out);
        return mergeText(out);
    }

    private void inline(Node n, List<Inline> out) {
        if (n instanceof com.vladsch.flexmark.ast.Text t) text(t.getChars().unescape(), out);
        else if (n instanceof TextBase) { for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, out); }
        else if (n instanceof HtmlEntity e) out.add(new Text(e.getChars().unescape()));
        else if (n instanceof com.vladsch.flexmark.ast.Emphasis) out.add(new Emphasis(inlines(n)));
        else if (n instanceof StrongEmphasis) out.add(new Strong(inlines(n)));
        else if (n instanceof com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough) out.add(new Strikethrough(inlines(n)));
        else if (n instanceof Subscript) out.add(new org.inkstone.model.Subscript(inlines(n)));
        else if (n instanceof Superscript) out.add(new org.inkstone.model.Superscript(inlines(n)));
        else if (n instanceof HighlightNode) out.add(new Highlight(inlines(n)));
        else if (n instanceof com.vladsch.flexmark.ast.Code c) {
            String code = codeSpan(c.getText());
            out.add(new Code(inTableCell ? code.replace("\\|", "|") : code)); // GFM: \| in a cell is the pipe
        }
        else if (n instanceof MathNode m) out.add(new MathInline(m.tex, line(m)));
        else if (n instanceof com.vladsch.flexmark.ast.Link l) {
            linkDepth++;
            try {
                out.add(new Link(l.getUrl().unescape(), l.getTitle().unescape(), inlines(l)));
            } finally {
                linkDepth--;
            }
        }
        else if (n instanceof com.vladsch.flexmark.ast.Image i) out.add(image(i.getUrl().unescape(), i, i.getTitle().unescape()));
        else if (n instanceof AutoLink a) autoLink(a, out);
        else if (n instanceof MailLink m)
            out.add(new Link("mailto:" + m.getText().unescape(), "", List.of(new Text(m.getText().unescape()))));
        else if (n instanceof LinkRef r) linkRef(r, out);
        else if (n instanceof ImageRef r) imageRef(r, out);
        else if (n instanceof SoftLineBreak) out.add(new SoftBreak());
        else if (n instanceof HardLineBreak) out.add(new HardBreak());
        else if (n instanceof HtmlInlineComment c) out.add(new EditorNote(commentText(c.getChars().toString()), line(c)));
        else if (n instanceof HtmlInline h) out.add(new RawHtml(h.getChars().toString(), line(h)));
        else if (n instanceof Footnote f) footnoteRef(f, out);
        else if (n instanceof WikiImage w) out.add(wikiImage(w));
        else if (n instanceof WikiLink w)
            out.add(new org.inkstone.model.WikiLink(w.getPageRef().unescape().strip(), w.getAnchorRef().unescape().strip(),
                    w.getTextSeparatorMarker().isEmpty() ? "" : w.getText().unescape().strip()));
        else {
            diagnostics.warn(line(n), "unsupported inline Markdown (" + n.getNodeName() + ") kept as plain text");
            out.add(new Text(n.getChars().toString()));
        }
    }

    private Image image(String src, Node node, String title) {
        return new Image(src.strip(), plainText(node), title, 0, 0, line(node));
    }

    /**
     * Plain text, with GFM's extended autolinks: bare {@code http(s)://} and {@code www.} addresses
     * and e-mail addresses become links. Unlike GFM, an address ends at the first Chinese
     * character or full-width punctuation mark, and may follow Chinese text directly
     * ({@code 又见https://example.org/b。} links only the address).
     */
    private void text(String text, List<Inline> out) {
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
            out.add(new Link(href, "", List.of(new Text(found))));
            last = m.start() + found.length();
        }
        out.add(new Text(text.substring(last)));
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    /** {@code <https://…>}: an autolink in angle brackets. */
    private void autoLink(AutoLink a, List<Inline> out) {
        out.add(new Link(a.getUrl().unescape(), "", List.of(new Text(a.getText().unescape()))));
    }

    private void linkRef(LinkRef r, List<Inline> out) {
        Reference ref = r.isDefined() ? r.getReferenceNode(document) : null;
        if (ref == null) {
            // Not a link: show the brackets as written, keeping any formatting inside them.
            int innerEnd = r.getLastChild() != null ? r.getLastChild().getEndOffset() : r.getStartOffset() + 1;
            out.add(new Text("["));
            out.addAll(inlines(r));
            out.add(new Text(r.getChars().baseSubSequence(Math.max(innerEnd, r.getStartOffset() + 1), r.getEndOffset()).unescape()));
            return;
        }
        out.add(new Link(ref.getUrl().unescape(), ref.getTitle().unescape(), inlines(r)));
    }

    private void imageRef(ImageRef r, List<Inline> out) {
        Reference ref = r.isDefined() ? r.getReferenceNode(document) : null;
        if (ref == null) {
            out.add(new Text(r.getChars().toString()));
            return;
        }
        out.add(image(ref.getUrl().unescape(), r, ref.getTitle().unescape()));
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

    private Image wikiImage(WikiImage w) {
        String text = w.getText().unescape().strip();
        int width = 0, height = 0;
        String alt = text;
        Matcher m = SIZE.matcher(text);
        if (m.matches()) {
            width = Integer.parseInt(m.group(1));
            height = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            alt = "";
        }
        return new Image(w.getLink().unescape().strip(), alt, "", width, height, line(w));
    }

    // ---------------------------------------------------------------- helpers

    /** Plain text of an inline node's content (an image's alt text). */
    private String plainText(Node node) {
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

    private static String commentText(String comment) {
        String s = comment.strip();
        if (s.startsWith("<!--")) s = s.substring(4);
        if (s.endsWith("-->")) s = s.substring(0, s.length() - 3);
        return s.strip();
    }

    private static String withoutFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
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

    /** Converts the referenced footnotes after the body, in number order. */
    List<org.inkstone.model.Footnote> footnotes() {
        List<org.inkstone.model.Footnote> out = new ArrayList<>();
        List<String> order = footnotes.order();
        List<List<Block>> contents = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) contents.add(blocks(footnotes.definition(order.get(i))));
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            FootnoteBlock block = footnotes.definition(key);
            out.add(new org.inkstone.model.Footnote(block.getText().toString(), i + 1, footnotes.references(key), contents.get(i)));
        }
        for (FootnoteBlock unused : footnotes.unreferenced()) {
            diagnostics.warn(line(unused), "footnote [^" + unused.getText() + "] is defined but never referenced, so it is left out");
        }
        return out;
    }
}
