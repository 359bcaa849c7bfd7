package org.inkstone.model;

import java.util.List;

public record Table(List<Alignment> alignments, List<Row> head, List<Row> body, int line) implements Block {
    public enum Alignment { NONE, LEFT, CENTER, RIGHT }

    public record Row(List<Cell> cells) {
        public Row { cells = List.copyOf(cells); }
    }

    public record Cell(List<Inline> content) {
        public Cell { content = List.copyOf(content); }
    }

    public Table {
        alignments = List.copyOf(alignments);
        head = List.copyOf(head);
        body = List.copyOf(body);
    }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitTable(this); }
}
