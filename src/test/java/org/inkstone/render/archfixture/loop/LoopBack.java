package org.inkstone.render.archfixture.loop;

import org.inkstone.render.archfixture.ForbiddenRenderer;

/** The other half of a deliberate package cycle inside render, for {@code ArchitectureRulesCanFailTest}. Never run. */
public final class LoopBack {
    public Class<?> back() {
        return ForbiddenRenderer.class;
    }
}
