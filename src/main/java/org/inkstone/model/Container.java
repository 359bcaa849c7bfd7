package org.inkstone.model;

import java.util.List;

/**
 * A generic block container, pandoc's fenced div {@code ::: {#id .class}} … {@code :::}: its blocks
 * and the attributes that let a theme style it. It adds no words of its own.
 */
public record Container(Attributes attributes, List<Block> blocks) implements Block {
    public Container { blocks = List.copyOf(blocks); }
    @Override public <R> R accept(BlockVisitor<R> v) { return v.visitContainer(this); }
}
