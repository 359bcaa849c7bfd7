package org.inkstone.publish;

import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Footnote;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.Inline;
import org.inkstone.model.NoteEmbed;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.transform.EmbedSplice;
import org.inkstone.transform.EmbeddedBlocks;
import org.inkstone.transform.FootnoteNumbers;
import org.inkstone.transform.NoteSections;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.Collectors;

/**
 * Resolves the Obsidian note embeds of a parsed document, after parsing and before the standard
 * transforms: each {@code ![[note]]}, {@code ![[note#heading]]} or {@code ![[note#^block-id]]} is replaced
 * by the whole note (without its front matter), the heading's section or the marked block, read through the
 * {@link AssetResolver} (so only notes inside the document's folder) and parsed with the {@link MarkdownReader};
 * embeds inside embedded notes are resolved too, at most {@value #MAX_DEPTH} deep, and an embed that would
 * embed what is already being embedded (a note embedding itself, directly or through others) is refused with
 * a warning naming the chain. An embed that cannot be resolved stays in the model and is shown as the
 * note's name; each reason is a warning at the embed's line in the file that holds it.
 *
 * <p>What an embedded note's own parse reports names that note and its line. The embedded blocks then take
 * the embed's line (a later warning, say about a missing image, points at the embed), relative image paths
 * are taken from the note's folder, and the note's footnotes come along: numbered anew with the document's,
 * by first reference. Each note is read and parsed once per build, however often it is embedded.
 */
final class NoteEmbeds {
    static final int MAX_DEPTH = 8;

    private final AssetResolver assets;
    private final MarkdownReader reader;
    private final Map<Path, Optional<Source>> notes = new HashMap<>();
    private final List<Footnote> carried = new ArrayList<>();
    private int lastNumber;
    /** The document's folder as its own path is written in messages (null for a bare file name). */
    private Path hostFolder;

    /** A note as its embeds see it: where it is, its parse, and the diagnostics that name it. */
    private record Source(Path file, String name, MarkdownReader.ReadNote note, Diagnostics diagnostics, String folder) {}

    /** What one embed takes from one note; the chain of these is what the loop guard compares. */
    private record Target(Path file, String heading, String blockId, String shown) {}

    NoteEmbeds(AssetResolver assets, MarkdownReader reader) {
        this.assets = assets;
        this.reader = reader;
    }

    /**
     * The document with its embeds resolved; the same document when it has none.
     *
     * @param host        the document's own parse (its block ids serve {@code ![[#^id]]})
     * @param hostFile    the document's file
     * @param diagnostics the document's diagnostics, which also receive the embedded notes' ones
     */
    Document resolve(MarkdownReader.ReadNote host, Path hostFile, Diagnostics diagnostics) {
        Document doc = host.document();
        if (!hasEmbeds(doc.blocks()) && doc.footnotes().stream().noneMatch(f -> hasEmbeds(f.blocks()))) return doc;
        lastNumber = doc.footnotes().stream().mapToInt(Footnote::number).max().orElse(0);
        Path file = hostFile.toAbsolutePath().normalize();
        hostFolder = Path.of(diagnostics.file()).getParent();
        Source self = new Source(file, file.getFileName().toString(), host, diagnostics, "");
        notes.put(file, Optional.of(self));
        List<Target> chain = List.of(new Target(file, "", "", self.name()));
        Document spliced = new EmbedSplice(e -> expand(e, self, chain)).apply(doc);
        for (Optional<Source> note : notes.values()) note.ifPresent(n -> diagnostics.include(n.diagnostics()));
        if (carried.isEmpty()) return spliced;
        List<Footnote> all = new ArrayList<>(spliced.footnotes());
        all.addAll(carried);
        return new FootnoteNumbers().apply(spliced.withFootnotes(all));
    }

    private static boolean hasEmbeds(List<Block> blocks) {
        boolean[] found = {false};
        new DocumentWalker() {
            @Override protected void visitBlock(Block b) {
                if (b instanceof NoteEmbed) found[0] = true;
            }
        }.walk(blocks);
        return found[0];
    }

    /** The blocks {@code embed}, written in {@code from}, stands for; or the embed itself, with a warning. */
    private List<Block> expand(NoteEmbed embed, Source from, List<Target> chain) {
        Diagnostics where = from.diagnostics();
        if (chain.size() > MAX_DEPTH) {
            where.warn(embed.line(), "embeds nest more than " + MAX_DEPTH + " notes deep (" + names(chain) + " → "
                    + embed.target() + "); the embed is shown as the note's name");
            return List.of(embed);
        }
        Optional<Source> found = embed.note().isEmpty() ? Optional.of(from) : source(embed, from);
        if (found.isEmpty()) return List.of(embed);
        Source note = found.get();
        Target target = new Target(note.file(), embed.heading(), embed.blockId(), note.name() + anchor(embed));
        if (chain.contains(target)) {
            where.warn(embed.line(), "embed loop: " + names(chain) + " → " + target.shown() + " embeds itself again;"
                    + " the embed is shown as the note's name. Remove the embed that closes the loop");
            return List.of(embed);
        }
        Optional<List<Block>> selected = select(embed, note, where);
        if (selected.isEmpty()) return List.of(embed);
        List<Target> deeper = new ArrayList<>(chain);
        deeper.add(target);
        IntUnaryOperator numbers = carryFootnotes(selected.get(), note, embed, deeper);
        List<Block> own = new EmbeddedBlocks(note.folder(), numbers, 0).rewrite(selected.get());
        List<Block> expanded = new EmbedSplice(e -> expand(e, note, deeper)).splice(own);
        return new EmbeddedBlocks("", IntUnaryOperator.identity(), embed.line()).rewrite(expanded);
    }

    private static String anchor(NoteEmbed embed) {
        if (!embed.blockId().isEmpty()) return "#^" + embed.blockId();
        return embed.heading().isEmpty() ? "" : "#" + embed.heading();
    }

    private static String names(List<Target> chain) {
        return chain.stream().map(Target::shown).collect(Collectors.joining(" → "));
    }

    /** The note an embed names, read and parsed once per build. */
    private Optional<Source> source(NoteEmbed embed, Source from) {
        Optional<AssetResolver.NoteFile> file = assets.note(embed.note(), from.diagnostics(), embed.line());
        if (file.isEmpty()) return Optional.empty();
        Path real = file.get().file().toAbsolutePath().normalize();
        if (notes.containsKey(real)) return notes.get(real);
        Path shown = file.get().path();
        Diagnostics own = new Diagnostics(hostFolder == null ? shown.toString() : hostFolder.resolve(shown).toString());
        Optional<Source> source = assets.noteText(file.get(), own, from.diagnostics(), embed.line()).map(text -> {
            own.source(text);
            String stem = Inkstone.stem(shown);
            Path parent = shown.getParent();
            return new Source(real, shown.toString(), reader.readNote(text, stem, own), own,
                    parent == null ? "" : parent.toString().replace('\\', '/') + "/");
        });
        notes.put(real, source);
        return source;
    }

    /** The blocks the embed asks for: the whole note, a heading's section or a marked block; or a warning. */
    private static Optional<List<Block>> select(NoteEmbed embed, Source note, Diagnostics where) {
        Document doc = note.note().document();
        if (!embed.blockId().isEmpty()) {
            Block block = note.note().blocksById().get(embed.blockId());
            if (block == null) {
                where.warn(embed.line(), "block ^" + embed.blockId() + " not found in " + note.name() + " (a block id ends"
                        + " its paragraph or list item, as '… ^" + embed.blockId() + "'); the embed is shown as the note's name");
                return Optional.empty();
            }
            return Optional.of(List.of(block));
        }
        if (!embed.heading().isEmpty()) {
            Optional<List<Block>> section = NoteSections.section(doc.blocks(), embed.heading());
            if (section.isEmpty()) {
                List<String> headings = NoteSections.headings(doc.blocks());
                where.warn(embed.line(), "heading '" + embed.heading() + "' not found in " + note.name()
                        + (headings.isEmpty() ? " (it has no headings)" : " (its headings: " + String.join("、", headings) + ")")
                        + "; check the spelling. The embed is shown as the note's name");
                return Optional.empty();
            }
            return section;
        }
        return Optional.of(doc.blocks());
    }

    /**
     * Gives the note's footnotes that the selected blocks refer to (directly or through other notes) numbers
     * after every number in use, and keeps them to be added to the document's; returns the renumbering.
     */
    private IntUnaryOperator carryFootnotes(List<Block> selected, Source note, NoteEmbed embed, List<Target> chain) {
        List<Footnote> defined = note.note().document().footnotes();
        if (defined.isEmpty()) return IntUnaryOperator.identity();
        Map<Integer, Footnote> byNumber = new HashMap<>();
        for (Footnote f : defined) byNumber.putIfAbsent(f.number(), f);
        Map<Integer, Integer> numbers = new LinkedHashMap<>();
        List<Integer> pending = new ArrayList<>(referenced(selected));
        while (!pending.isEmpty()) {
            int old = pending.remove(0);
            if (numbers.containsKey(old) || !byNumber.containsKey(old)) continue;
            numbers.put(old, ++lastNumber);
            pending.addAll(referenced(byNumber.get(old).blocks()));
        }
        IntUnaryOperator renumber = n -> numbers.getOrDefault(n, n);
        for (Map.Entry<Integer, Integer> e : numbers.entrySet()) {
            Footnote f = byNumber.get(e.getKey());
            List<Block> own = new EmbeddedBlocks(note.folder(), renumber, 0).rewrite(f.blocks());
            List<Block> expanded = new EmbedSplice(inner -> expand(inner, note, chain)).splice(own);
            carried.add(new Footnote(f.label(), e.getValue(), f.references(),
                    new EmbeddedBlocks("", IntUnaryOperator.identity(), embed.line()).rewrite(expanded)));
        }
        return renumber;
    }

    private static List<Integer> referenced(List<Block> blocks) {
        List<Integer> out = new ArrayList<>();
        new DocumentWalker() {
            @Override protected void visitInline(Inline i) {
                if (i instanceof FootnoteRef r) out.add(r.number());
            }
        }.walk(blocks);
        return out;
    }
}
