package org.inkstone.model;

import java.util.List;

public record BlockQuote(List<Block> blocks) implements Block {
    public BlockQuote { blocks = List.copyOf(blocks); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitBlockQuote(this); }
}
