package org.inkstone.transform;

import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Footnote;
import org.inkstone.model.FootnoteRef;
import org.inkstone.model.Inline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the footnotes again by first reference, after notes were embedded: the body's references
 * first, then those inside the footnotes, each reference's occurrence counted anew; a footnote no longer
 * referenced is dropped. A document that was numbered so already comes back equal.
 */
public final class FootnoteNumbers implements Transform {

    @Override
    public Document apply(Document d) {
        Map<Integer, Footnote> byNumber = new HashMap<>();
        for (Footnote f : d.footnotes()) byNumber.putIfAbsent(f.number(), f);
        Map<Integer, Integer> renumbered = new LinkedHashMap<>();
        Map<Integer, Integer> references = new HashMap<>();
        collect(d.blocks(), renumbered, references);
        List<Integer> order = new ArrayList<>(renumbered.keySet());
        for (int i = 0; i < order.size(); i++) {
            Footnote f = byNumber.get(order.get(i));
            if (f != null) collect(f.blocks(), renumbered, references);
            order = new ArrayList<>(renumbered.keySet());
        }
        Renumbering rewrite = new Renumbering(renumbered);
        List<Footnote> notes = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : renumbered.entrySet()) {
            Footnote f = byNumber.get(e.getKey());
            if (f == null) continue;
            notes.add(new Footnote(f.label(), e.getValue(), references.get(e.getKey()), rewrite.blocks(f.blocks())));
        }
        return new Document(d.metadata(), rewrite.blocks(d.blocks()), notes);
    }

    private static void collect(List<Block> blocks, Map<Integer, Integer> renumbered, Map<Integer, Integer> references) {
        new DocumentWalker() {
            @Override protected void visitInline(Inline i) {
                if (i instanceof FootnoteRef r) {
                    renumbered.putIfAbsent(r.number(), renumbered.size() + 1);
                    references.merge(r.number(), 1, Integer::sum);
                }
            }
        }.walk(blocks);
    }

    /** Gives each reference its new number and its occurrence among the references to the same note. */
    private static final class Renumbering extends RebuildingTransform {
        private final Map<Integer, Integer> numbers;
        private final Map<Integer, Integer> seen = new HashMap<>();

        Renumbering(Map<Integer, Integer> numbers) {
            this.numbers = numbers;
        }

        @Override public List<Block> blocks(List<Block> in) {
            return super.blocks(in);
        }

        @Override public List<Inline> visitFootnoteRef(FootnoteRef r) {
            int n = numbers.get(r.number());
            return List.of(new FootnoteRef(r.label(), n, seen.merge(n, 1, Integer::sum)));
        }
    }
}
