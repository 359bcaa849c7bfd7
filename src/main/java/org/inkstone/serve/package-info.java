/**
 * {@code inkstone serve}: a live preview of every output in one warm process. The JDK's own HTTP server
 * ({@code com.sun.net.httpserver}) serves it: the preview needs a handful of fixed paths, static files and
 * one Server-Sent-Events stream on loopback, which that server does without adding a dependency (and its
 * transitive updates) to the jar; the JDK's {@code WatchService} (inotify on Linux) watches the sources.
 *
 * <p>{@link org.inkstone.serve.PreviewServer} ties the parts together: {@link org.inkstone.serve.SourceWatcher}
 * notices saves, {@link org.inkstone.serve.SaveDebouncer} waits for a burst to end, {@link org.inkstone.serve.Rebuilder}
 * builds each format into a private folder and swaps it in whole ({@link org.inkstone.serve.Snapshot}), and
 * {@link org.inkstone.serve.EventStream} tells open pages to reload.
 */
package org.inkstone.serve;
