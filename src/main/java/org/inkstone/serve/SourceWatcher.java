package org.inkstone.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders below them, up to {@value #MAX_FOLDERS}) with the JDK's
 * {@link WatchService} (inotify on Linux) and tells the {@link SaveDebouncer} of every change: the
 * article's folder (the file and its images), a book's folder (chapters, {@code book.yaml},
 * {@code SUMMARY.md}, images) and the theme's folder. Hidden folders are skipped.
 */
final class SourceWatcher implements AutoCloseable {
    static final int MAX_FOLDERS = 2000;

    private final WatchService service;
    private final SaveDebouncer saves;
    private final Thread thread;
    private int folders;

    SourceWatcher(List<Path> roots, SaveDebouncer saves) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.saves = saves;
        for (Path root : roots) if (root != null && Files.isDirectory(root)) registerTree(root);
        this.thread = new Thread(this::run, "inkstone-serve-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void registerTree(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root, 8)) {
            walk.filter(Files::isDirectory).filter(p -> p.equals(root) || !p.getFileName().toString().startsWith("."))
                    .forEach(dirs::add);
        }
        for (Path d : dirs) {
            if (folders >= MAX_FOLDERS) return;
            d.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            folders++;
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        relevant = true;
                        continue;
                    }
                    Path changed = dir.resolve((Path) event.context());
                    if (ignored(changed)) continue;
                    relevant = true;
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        try {
                            registerTree(changed);
                        } catch (IOException ignoredFolder) {
                            // a folder gone again at once: nothing to watch
                        }
                    }
                }
                if (relevant) saves.changed();
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Editors' swap and backup files, which are not sources. */
    private static boolean ignored(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx") || name.startsWith(".#")
                || name.endsWith(".tmp");
    }

    @Override
    public void close() throws IOException {
        service.close();
        thread.interrupt();
    }
}
