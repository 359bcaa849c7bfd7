package org.inkstone.publish;

import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.render.OutputSink;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a build's outputs at once, each on a thread of its own (with the large stack the model's visitors
 * need), so that a build of several formats uses every core. What the outputs give back does not depend on
 * which thread ran first: each output writes into a map of its own and warns into a {@link Diagnostics#branch()
 * branch} of the build's diagnostics (through an {@link AssetResolver#reportingTo asset view} that warns there
 * too); afterwards the files are taken in the order of the outputs, and so are the warnings, up to the first
 * output (in that order) that failed, whose failure is thrown, as if the outputs had run one after another.
 * One output runs on the calling thread, as before.
 */
final class OutputThreads {
    /** One output's work, with the diagnostics and the asset resolver it is to use. */
    @FunctionalInterface
    interface Output {
        void render(Diagnostics diagnostics, AssetResolver assets, OutputSink sink);
    }

    private OutputThreads() {}

    /** The files of every output, output by output; throws the first failure in output order. */
    static Map<String, byte[]> render(List<Output> outputs, Diagnostics diagnostics, AssetResolver assets) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (outputs.size() == 1) {
            outputs.get(0).render(diagnostics, assets, files::put);
            return files;
        }
        List<Run> runs = new ArrayList<>();
        for (Output o : outputs) runs.add(new Run(o, diagnostics.branch(), assets));
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i < runs.size(); i++) {
            Thread t = new Thread(null, runs.get(i), "inkstone-output-" + i, LargeStackThread.STACK_BYTES);
            t.start();
            threads.add(t);
        }
        runs.get(0).run();
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // the outputs finish anyway: their threads must not outlive the build
                }
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        for (Run r : runs) {
            diagnostics.include(r.diagnostics);
            if (r.failure instanceof RuntimeException e) throw e;
            if (r.failure instanceof Error e) throw e;
            if (r.failure != null) throw new IllegalStateException(r.failure);
            files.putAll(r.files);
        }
        return files;
    }

    /** One output on its thread: its own files and warnings, and what it threw. */
    private static final class Run implements Runnable {
        private final Output output;
        private final Diagnostics diagnostics;
        private final AssetResolver assets;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private volatile Throwable failure;

        Run(Output output, Diagnostics diagnostics, AssetResolver shared) {
            this.output = output;
            this.diagnostics = diagnostics;
            this.assets = shared.reportingTo(diagnostics);
        }

        @Override
        public void run() {
            try {
                output.render(diagnostics, assets, files::put);
            } catch (Throwable e) {
                failure = e;
            }
        }
    }
}
