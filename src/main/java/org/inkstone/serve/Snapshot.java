package org.inkstone.serve;

import org.inkstone.diagnostic.Diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is served at one moment, replaced whole (never changed) when a format's build completes: each
 * format's last good build, and the last failure when the newest save broke the build.
 *
 * @param formats  by format name, the builds being served (a format missing has not built yet)
 * @param failure  the message of the newest build when it failed (the last good preview stays); null when it worked
 * @param warnings the warnings of the newest round, each as {@code file:line: message}
 * @param round    the newest rebuild round that has reported anything
 */
record Snapshot(Map<String, Built> formats, String failure, List<String> warnings, long round) {

    static Snapshot empty() {
        return new Snapshot(Map.of(), null, List.of(), 0);
    }

    Snapshot with(Built built) {
        Map<String, Built> next = new LinkedHashMap<>(formats);
        next.put(built.format(), built);
        List<String> shown = built.generation() > round ? List.of() : warnings;
        List<String> merged = new java.util.ArrayList<>(shown);
        for (Diagnostic d : built.diagnostics()) if (!merged.contains(d.format())) merged.add(d.format());
        return new Snapshot(Map.copyOf(next), built.generation() > round || failure == null ? null : failure,
                List.copyOf(merged), Math.max(round, built.generation()));
    }

    Snapshot failed(long generation, String message, List<Diagnostic> diagnostics) {
        List<String> shown = diagnostics.stream().map(Diagnostic::format).distinct().toList();
        return new Snapshot(formats, message, shown, Math.max(round, generation));
    }
}
