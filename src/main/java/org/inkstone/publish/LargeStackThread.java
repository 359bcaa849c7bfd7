package org.inkstone.publish;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs work on a thread with a large stack: the model is a tree and its visitors recurse, so a
 * document nested thousands of levels deep must not end in a StackOverflowError.
 */
final class LargeStackThread {
    static final long STACK_BYTES = 1L << 30;

    private LargeStackThread() {}

    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "inkstone-build", STACK_BYTES);
        t.start();
        t.join();
        Throwable e = failure.get();
        if (e instanceof Exception ex) throw ex;
        if (e instanceof Error err) throw err;
        return result.get();
    }
}
