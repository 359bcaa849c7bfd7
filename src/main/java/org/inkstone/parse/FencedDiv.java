package org.inkstone.parse;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark node for a {@code :::} container (pandoc fenced div, VuePress/VitePress/markdown-it
 * container): {@code info} is what follows the opening colons (without trailing colons), its
 * children are the Markdown blocks inside; {@code closed} is false when no closing {@code :::} came.
 */
final class FencedDiv extends Block {
    final String info;
    boolean closed;

    FencedDiv(String info) {
        this.info = info;
    }

    @Override public BasedSequence[] getSegments() { return EMPTY_SEGMENTS; }
}
