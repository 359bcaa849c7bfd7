package org.inkstone.asset;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread of a build's resolver that reads and checks local images ahead of the renderers, in the order
 * they were asked for (a JPEG's check decodes it: a tenth of a second in a cold process, which the build's own
 * thread then need not wait for). The thread ends when idle, so there is nothing to shut down.
 */
final class BackgroundReads {
    private final Object lock = new Object();
    private ThreadPoolExecutor thread;

    void run(Runnable task) {
        synchronized (lock) {
            if (thread == null) {
                thread = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "inkstone-image-read");
                    t.setDaemon(true);
                    return t;
                });
                thread.allowCoreThreadTimeOut(true);
            }
            thread.execute(task);
        }
    }
}
