package org.inkstone.serve;

/**
 * Turns an editor's burst of file events into one rebuild: {@link #awaitQuiet} returns once a change
 * has been seen and no other has followed for the quiet period.
 */
final class SaveDebouncer {
    private final long quietNanos;
    private long lastChange;
    private boolean pending;

    /** @param quietMillis how long the files must stay unchanged before a rebuild (100–150 ms suits editors) */
    SaveDebouncer(long quietMillis) {
        this.quietNanos = quietMillis * 1_000_000L;
    }

    /** A file changed (or a first build is wanted). */
    synchronized void changed() {
        lastChange = System.nanoTime();
        pending = true;
        notifyAll();
    }

    /** True when a change has come in that no rebuild has started for yet. */
    synchronized boolean pending() {
        return pending;
    }

    /** Waits for a change followed by the quiet period, and takes it (pending becomes false). */
    synchronized void awaitQuiet() throws InterruptedException {
        while (!pending) wait();
        while (true) {
            long left = lastChange + quietNanos - System.nanoTime();
            if (left <= 0) break;
            wait(Math.max(1, left / 1_000_000L), (int) (left % 1_000_000L));
        }
        pending = false;
    }
}
