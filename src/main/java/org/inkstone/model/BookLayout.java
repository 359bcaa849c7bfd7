package org.inkstone.model;

import java.util.List;

/**
 * Where each chapter of a {@link Book} stands in the one document its chapters make together (the
 * document the outputs write): its part, its first block and the block after its last, and the id of
 * the heading that opens it (every chapter opens with one, at level {@code 1 + depth}). Heading ids are
 * unique across the book and links between chapters already point at {@code #id}, so an output that
 * cuts the document at {@link Placed#firstBlock()} finds every target by id.
 */
public record BookLayout(Book book, List<Placed> chapters) {
    public BookLayout {
        chapters = List.copyOf(chapters);
    }

    /** One chapter in the written document. */
    public record Placed(Chapter chapter, BookPart part, int firstBlock, int endBlock, String anchor) {
        public String title() {
            return chapter.title();
        }

        public int depth() {
            return chapter.depth();
        }
    }

    /** The chapters' first blocks, in order. */
    public List<Integer> starts() {
        return chapters.stream().map(Placed::firstBlock).toList();
    }
}
