package org.inkstone.parse;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.Heading;
import org.inkstone.model.Metadata;
import org.inkstone.model.Footnote;
import org.inkstone.model.PlainText;

import java.util.List;
import java.util.Map;

/**
 * Reads Markdown (CommonMark + GFM + the Obsidian/Typora/MkDocs/VuePress/pandoc extensions Inkstone supports)
 * into a {@link Document}. The parse package's door for documents (a book's lists have theirs); flexmark stays inside the package.
 */
public final class MarkdownReader {

    /**
     * @param source   the file's text
     * @param fileStem the file name without extension: the title of last resort
     */
    public Document read(String source, String fileStem, Diagnostics diagnostics) {
        return readNote(source, fileStem, diagnostics).document();
    }

    /**
     * A note as another document embeds it: the document and the blocks its Obsidian block ids
     * ({@code ^block-id}) mark, by id (a list item's id marks a list holding that item alone).
     */
    public ReadNote readNote(String source, String fileStem, Diagnostics diagnostics) {
        String text = normalise(source);
        FrontMatter.Split split = FrontMatter.split(text, diagnostics);
        com.vladsch.flexmark.util.ast.Document ast = ListLikeDelimiterRows.parse(split.markdown());
        NestingLimit.check(ast, diagnostics.file(), 0);
        Footnotes footnotes = new Footnotes(ast);
        HeadingReferences references = HeadingReferences.of(ast);
        BlockIds blockIds = new BlockIds();
        BlockConverter converter = new BlockConverter(this, diagnostics, footnotes, references, blockIds, ast, 0);
        List<Block> blocks = converter.blocks(ast);
        List<Footnote> notes = converter.footnotes();
        Metadata meta = split.metadata();
        if (meta.title().isBlank()) meta = meta.withTitle(fallbackTitle(blocks, fileStem));
        return new ReadNote(new Document(meta, blocks, notes), blockIds.asMap());
    }

    /** A document read for embedding: the document and the blocks marked with block ids. */
    public record ReadNote(Document document, Map<String, Block> blocksById) {
        public ReadNote {
            blocksById = Map.copyOf(blocksById);
        }
    }

    /** Parses a fragment (an admonition body, a callout title) that starts after {@code lineOffset} lines. */
    List<Block> parseNested(String markdown, int lineOffset, Diagnostics diagnostics, Footnotes footnotes,
                            HeadingReferences references, BlockIds blockIds) {
        String text = markdown + footnotes.definitionSource();
        com.vladsch.flexmark.util.ast.Document ast = ListLikeDelimiterRows.parse(text);
        NestingLimit.check(ast, diagnostics.file(), lineOffset);
        return new BlockConverter(this, diagnostics, footnotes, references, blockIds, ast, lineOffset).blocks(ast);
    }

    private static String fallbackTitle(List<Block> blocks, String fileStem) {
        for (Block b : blocks) {
            if (b instanceof Heading h && h.level() == 1) {
                String t = PlainText.of(h.content()).strip();
                if (!t.isEmpty()) return t;
            }
        }
        return fileStem;
    }

    /** Unix line ends, no byte-order mark, no NUL. */
    private static String normalise(String s) {
        if (s.startsWith("\uFEFF")) s = s.substring(1);
        return s.replace("\r\n", "\n").replace('\r', '\n').replace('\u0000', '\uFFFD');
    }
}
