package org.inkstone.model;

import java.util.List;

public record DefinitionList(List<Entry> entries) implements Block {
    /** One term with its definitions, each definition a list of blocks. */
    public record Entry(List<Inline> term, List<List<Block>> definitions) {
        public Entry {
            term = List.copyOf(term);
            definitions = definitions.stream().map(List::copyOf).toList();
        }
    }
    public DefinitionList { entries = List.copyOf(entries); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitDefinitionList(this); }
}
