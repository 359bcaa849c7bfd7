package org.inkstone.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.definition.DefinitionItem;
import com.vladsch.flexmark.ext.definition.DefinitionTerm;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.wikilink.WikiImage;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.LineStarts;
import org.inkstone.model.Attributes;
import org.inkstone.model.Block;
import org.inkstone.model.BlockQuote;
import org.inkstone.model.BulletList;
import org.inkstone.model.Callout;
import org.inkstone.model.CodeBlock;
import org.inkstone.model.Container;
import org.inkstone.model.DefinitionList;
import org.inkstone.model.EditorNote;
import org.inkstone.model.Figure;
import org.inkstone.model.Heading;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.Link;
import org.inkstone.model.ListItem;
import org.inkstone.model.MathBlock;
import org.inkstone.model.NoteEmbed;
import org.inkstone.model.OrderedList;
import org.inkstone.model.Paragraph;
import org.inkstone.model.RawHtml;
import org.inkstone.model.SoftBreak;
import org.inkstone.model.Table;
import org.inkstone.model.Text;
import org.inkstone.model.ThematicBreak;
import org.inkstone.model.TocPlaceholder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one flexmark AST into Inkstone's model: blocks here, inlines in {@link InlineConverter}. */
final class BlockConverter {
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    /** Characters that may start inline Markdown; a title without any is plain text. */
    private static final Pattern MARKUP = Pattern.compile("[*_~=^$\\[\\]<>`\\\\&!:/]");
    private static final Pattern STRAY_MARKERS = Pattern.compile("^[*_]+$");
    /** pandoc's {@code ::: name}: one word, the container's class. */
    private static final Pattern CONTAINER_NAME = Pattern.compile("^[\\p{L}\\p{N}_-]+$");

    private final MarkdownReader reader;
    private final Diagnostics diagnostics;
    private final Footnotes footnotes;
    private final HeadingReferences references;
    private final BlockIds blockIds;
    private final com.vladsch.flexmark.util.ast.Document document;
    private final NodeLines lines;
    private final InlineConverter inline;
    /** True while the referenced footnotes are converted: their references were published, so they are. */
    private boolean convertingFootnotes;

    BlockConverter(MarkdownReader reader, Diagnostics diagnostics, Footnotes footnotes, HeadingReferences references,
                   BlockIds blockIds, com.vladsch.flexmark.util.ast.Document document, int lineOffset) {
        this.reader = reader;
        this.diagnostics = diagnostics;
        this.footnotes = footnotes;
        this.references = references;
        this.blockIds = blockIds;
        this.document = document;
        this.lines = new NodeLines(new LineStarts(document.getChars()), lineOffset);
        this.inline = new InlineConverter(diagnostics, footnotes, references, document, lines);
    }

    private int line(Node n) {
        return lines.of(n);
    }

    /** True once an unclosed {@code %%} has hidden the rest of the body. */
    private boolean restHidden() {
        return !convertingFootnotes && inline.restHidden();
    }

    private List<Inline> inlines(Node n) {
        return inline.inlines(n);
    }

    // ---------------------------------------------------------------- blocks

    List<Block> blocks(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node c = parent.getFirstChild(); c != null && !restHidden(); c = c.getNext()) block(c, out);
        return out;
    }

    private void block(Node n, List<Block> out) {
        if (n instanceof com.vladsch.flexmark.ast.Heading h) out.add(heading(h));
        else if (n instanceof com.vladsch.flexmark.ast.Paragraph p) paragraph(p, p.getFirstChild(), out);
        else if (n instanceof com.vladsch.flexmark.ast.BlockQuote q) out.add(blockQuote(q));
        else if (n instanceof com.vladsch.flexmark.ast.BulletList l) out.add(bulletList(l));
        else if (n instanceof com.vladsch.flexmark.ast.OrderedList l) out.add(orderedList(l));
        else if (n instanceof FencedCodeBlock f) out.add(fenced(f));
        else if (n instanceof IndentedCodeBlock c)
            out.add(new CodeBlock("", "", withoutFinalNewline(c.getContentChars().toString()), line(c)));
        else if (n instanceof com.vladsch.flexmark.ast.ThematicBreak) out.add(new ThematicBreak());
        else if (n instanceof HtmlCommentBlock c) out.add(new EditorNote(InlineConverter.commentText(c.getChars().toString()), line(c)));
        else if (n instanceof CommentBlock c) comment(c, out);
        else if (n instanceof HtmlBlock h) htmlBlock(h, out);
        else if (n instanceof TableBlock t) out.add(table(t));
        else if (n instanceof AdmonitionBlock a) out.add(admonition(a));
        else if (n instanceof FencedDiv d) out.add(fencedDiv(d));
        else if (n instanceof com.vladsch.flexmark.ext.definition.DefinitionList d) out.add(definitions(d));
        else if (n instanceof FootnoteBlock || n instanceof Reference || n instanceof BlankLine) { /* handled elsewhere */ }
        else {
            diagnostics.warn(line(n), "unsupported Markdown block (" + n.getNodeName() + ") kept as plain text");
            out.add(new Paragraph(List.of(new Text(n.getChars().toString().strip()))));
        }
    }

    /** A heading, with the pandoc attributes {@code {#id .class key=value}} that may end its text. */
    private Heading heading(com.vladsch.flexmark.ast.Heading h) {
        List<Inline> content = new ArrayList<>(inlines(h));
        Attributes attributes = Attributes.NONE;
        if (!content.isEmpty() && content.get(content.size() - 1) instanceof Text last) {
            AttributeSyntax.Trailing t = AttributeSyntax.trailing(last.text());
            if (t != null) {
                attributes = t.attributes();
                content.remove(content.size() - 1);
                if (!t.before().isEmpty()) content.add(new Text(t.before()));
            }
        }
        String id = attributes.id() != null ? attributes.id() : references.givenId(h);
        return new Heading(h.getLevel(), id, InlineConverter.trim(content), attributes);
    }

    /**
     * A {@code :::} container: a VuePress/VitePress callout ({@code ::: tip 标题}), else a pandoc
     * fenced div ({@code ::: {#id .class}} or {@code ::: name}, the name being its class).
     */
    private Block fencedDiv(FencedDiv d) {
        if (!d.closed) {
            diagnostics.warn(line(d), "this ::: container is never closed, so everything after it to the end of its block"
                    + " was read as its content; add a ::: line where it ends");
        }
        CalloutSyntax.Header header = CalloutSyntax.container(d.info);
        if (header != null) {
            return new Callout(header.kind(), inlineText(header.title(), line(d)), header.fold(), blocks(d));
        }
        Attributes attributes = AttributeSyntax.whole(d.info);
        List<Block> body = new ArrayList<>();
        if (attributes == null) {
            String[] words = d.info.strip().split("\\s+", 2);
            boolean named = CONTAINER_NAME.matcher(words[0]).matches();
            attributes = named ? new Attributes(null, List.of(words[0]), java.util.Map.of()) : Attributes.NONE;
            String rest = named ? (words.length > 1 ? words[1] : "") : d.info.strip();
            if (!rest.isEmpty()) body.add(new Paragraph(inlineText(rest, line(d))));
        }
        body.addAll(blocks(d));
        return new Container(attributes, body);
    }

    /** A paragraph from {@code first} on: may become a TOC, a figure, math blocks, or plain paragraphs. */
    private void paragraph(com.vladsch.flexmark.ast.Paragraph p, Node first, List<Block> out) {
        if (first == p.getFirstChild()) {
            String raw = p.getChars().toString().strip();
            if (raw.equalsIgnoreCase("[toc]") || raw.equalsIgnoreCase("[[toc]]") || raw.equals("[[_TOC_]]")) {
                out.add(new TocPlaceholder());
                return;
            }
            List<NoteEmbed> embeds = noteEmbeds(p);
            if (!embeds.isEmpty()) {
                out.addAll(embeds);
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
                current.addAll(inline.convert(c));
            }
        }
        flushParagraph(current, out, line(p));
    }

    private void flushParagraph(List<Inline> inlines, List<Block> out, int line) {
        List<Inline> content = InlineConverter.trim(inlines);
        if (content.isEmpty()) return;
        String id = null;
        if (content.get(content.size() - 1) instanceof Text last) {
            String[] marked = BlockIds.split(last.text());
            boolean afterBreak = content.size() == 1 || content.get(content.size() - 2) instanceof SoftBreak
                    || content.get(content.size() - 2) instanceof org.inkstone.model.HardBreak;
            if (marked != null && (!marked[0].isEmpty() || afterBreak)) {
                id = marked[1];
                content = new ArrayList<>(content.subList(0, content.size() - 1));
                content.add(new Text(marked[0]));
                content = InlineConverter.trim(content);
            }
        }
        if (content.isEmpty()) { // "^block-id" alone in its paragraph marks the block before it
            if (id != null && !out.isEmpty()) blockIds.mark(id, out.get(out.size() - 1));
            return;
        }
        Figure figure = figure(content, line);
        Block block = figure != null ? figure : new Paragraph(content);
        if (id != null) blockIds.mark(id, block);
        out.add(block);
    }

    /** The note embeds of a paragraph made of nothing else ({@code ![[note]]}, one or more, one a line); else none. */
    private List<NoteEmbed> noteEmbeds(com.vladsch.flexmark.ast.Paragraph p) {
        List<NoteEmbed> embeds = new ArrayList<>();
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof WikiImage w && NoteEmbedSyntax.isNote(w.getLink().unescape())) {
                embeds.add(NoteEmbedSyntax.embed(w.getLink().unescape(), line(w)));
            } else if (!(c instanceof SoftLineBreak || c instanceof HardLineBreak
                    || c instanceof com.vladsch.flexmark.ast.Text t && t.getChars().isBlank())) {
                return List.of();
            }
        }
        return embeds;
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
        List<Block> parsed = reader.parseNested(title, line - 1, diagnostics, footnotes, references, blockIds);
        if (parsed.size() == 1 && parsed.get(0) instanceof Paragraph p) return p.content();
        return List.of(new Text(title));
    }

    private BulletList bulletList(com.vladsch.flexmark.ast.BulletList l) {
        List<ListItem> items = items(l);
        for (ListItem item : items) blockIds.moveToList(item.blocks(), new BulletList(l.isTight(), List.of(item)));
        return new BulletList(l.isTight(), items);
    }

    private OrderedList orderedList(com.vladsch.flexmark.ast.OrderedList l) {
        List<ListItem> items = items(l);
        for (int i = 0; i < items.size(); i++) {
            blockIds.moveToList(items.get(i).blocks(), new OrderedList(l.getStartNumber() + i, l.isTight(), List.of(items.get(i))));
        }
        return new OrderedList(l.getStartNumber(), l.isTight(), items);
    }

    private List<ListItem> items(ListBlock list) {
        List<ListItem> items = new ArrayList<>();
        for (Node c = list.getFirstChild(); c != null && !restHidden(); c = c.getNext()) {
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
                    content.set(0, new Paragraph(InlineConverter.mergeText(withMarker)));
                } else {
                    content.add(0, new Paragraph(List.of(new Text(marker))));
                }
            }
            items.add(new ListItem(task, content));
        }
        return items;
    }

    private static String withoutFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
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
            List<Block> body = reader.parseNested(ad.body(), bodyOffset, diagnostics, footnotes, references, blockIds);
            return new Callout(ad.kind(), inlineText(ad.title(), line(f)), ad.fold(), body);
        }
        Attributes attributes = AttributeSyntax.whole(info);
        String language;
        if (attributes != null) { // ```{.python .numberLines}: the first class is the language
            language = attributes.classes().isEmpty() ? "" : attributes.classes().get(0);
            if (!language.isEmpty()) {
                attributes = new Attributes(attributes.id(), attributes.classes().subList(1, attributes.classes().size()), attributes.values());
            }
        } else {
            int space = info.indexOf(' ');
            language = space < 0 ? info : info.substring(0, space);
            AttributeSyntax.Trailing t = space < 0 ? null : AttributeSyntax.trailing(info.substring(space));
            attributes = t != null && t.before().isBlank() ? t.attributes() : Attributes.NONE; // ``` python {#id}
        }
        if (language.equalsIgnoreCase("math") || language.equalsIgnoreCase("latex") && info.equals(language)) {
            return new MathBlock(withoutFinalNewline(content).strip(), line(f));
        }
        return new CodeBlock(language, info, withoutFinalNewline(content), line(f), attributes);
    }

    /** An Obsidian {@code %%} comment block: an editor note, then any text after its closing {@code %%}. */
    private void comment(CommentBlock c, List<Block> out) {
        if (!c.closed) {
            out.add(inline.unclosedComment(c, line(c)));
            return;
        }
        out.add(new EditorNote(c.text, line(c)));
        if (!c.trailing.isEmpty()) {
            String lines = c.getChars().toString().stripTrailing();
            int closingLine = line(c) + newlines(lines, 0, lines.length());
            out.addAll(reader.parseNested(c.trailing, closingLine - 1, diagnostics, footnotes, references, blockIds));
        }
    }

    private void htmlBlock(HtmlBlock h, List<Block> out) {
        String html = h.getChars().toString();
        Matcher m = COMMENT.matcher(html);
        StringBuilder rest = new StringBuilder();
        List<Block> notes = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            rest.append(html, last, m.start());
            notes.add(new EditorNote(m.group(1).strip(), line(h) + newlines(html, 0, m.start())));
            rest.append("\n".repeat(newlines(html, m.start(), m.end()))); // later lines keep their numbers
            last = m.end();
        }
        rest.append(html.substring(last));
        String raw = rest.toString();
        if (!raw.isBlank()) {
            int lead = raw.length() - raw.stripLeading().length();
            out.add(new RawHtml(raw.strip(), line(h) + newlines(raw, 0, lead)));
        }
        out.addAll(notes);
    }

    private static int newlines(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == '\n') n++;
        return n;
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
                    cells.add(new Table.Cell(restHidden() ? List.of() : inline.cell(tc)));
                }
                (isHead ? head : body).add(new Table.Row(cells));
            }
        }
        return new Table(alignments, head, body, lines.of(t));
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
        for (Node c = d.getFirstChild(); c != null && !restHidden(); c = c.getNext()) {
            if (c instanceof DefinitionTerm) {
                if (term != null) entries.add(new DefinitionList.Entry(term, definitions));
                Node content = c.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph p ? p : c;
                term = InlineConverter.trim(inlines(content));
                definitions = new ArrayList<>();
            } else if (c instanceof DefinitionItem) {
                definitions.add(blocks(c));
            }
        }
        if (term != null) entries.add(new DefinitionList.Entry(term, definitions));
        return new DefinitionList(entries);
    }

    /** Converts the referenced footnotes after the body, in number order. */
    List<org.inkstone.model.Footnote> footnotes() {
        List<org.inkstone.model.Footnote> out = new ArrayList<>();
        List<String> order = footnotes.order();
        List<List<Block>> contents = new ArrayList<>();
        convertingFootnotes = true;
        for (int i = 0; i < order.size(); i++) contents.add(blocks(footnotes.definition(order.get(i))));
        convertingFootnotes = false;
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            FootnoteBlock block = footnotes.definition(key);
            out.add(new org.inkstone.model.Footnote(block.getText().toString(), i + 1, footnotes.references(key), contents.get(i)));
        }
        for (FootnoteBlock unused : footnotes.unreferenced()) {
            if (inline.hidden(unused)) continue; // its references may be in the hidden text
            diagnostics.warn(line(unused), "footnote [^" + unused.getText() + "] is defined but never referenced, so it is left out");
        }
        return out;
    }
}
