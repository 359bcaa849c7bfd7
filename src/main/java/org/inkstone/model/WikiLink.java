package org.inkstone.model;

/** An Obsidian {@code [[page#heading|alias]]} link; {@code heading} and {@code alias} are "" when absent. */
public record WikiLink(String page, String heading, String alias) implements Inline {
    @Override public <R> R accept(InlineVisitor<R> v) { return v.visitWikiLink(this); }
    /** What a reader sees: the alias, else "page › heading", else the page. */
    public String label() {
        if (!alias.isEmpty()) return alias;
        if (page.isEmpty()) return heading;
        return heading.isEmpty() ? page : page + " › " + heading;
    }
}
