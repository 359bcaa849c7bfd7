package org.inkstone.model.archfixture;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.render.Renderer;

/**
 * A model class that breaks the rules on purpose, for {@code ArchitectureRulesCanFailTest}: it leans on
 * diagnostic and reaches up to render (which depends on the model: a cycle). Never run.
 */
public final class ModelReachingUp {
    private ModelReachingUp() {}

    static String reachUp(Diagnostics diagnostics, Renderer renderer) {
        return diagnostics + " " + renderer;
    }
}
