package org.inkstone.render.wechat.css;

import org.inkstone.diagnostic.Diagnostics;

import java.util.HashSet;
import java.util.Set;

/** Reports each distinct message once (file-wide, line 0). */
final class DistinctWarnings {
    private final Diagnostics diagnostics;
    private final Set<String> seen = new HashSet<>();

    DistinctWarnings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    synchronized void warn(String message) {
        if (seen.add(message)) {
            diagnostics.warn(0, message);
        }
    }
}
