package org.inkstone.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.inkstone.bounded.LruCache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Theme faces parsed and kept (a {@link FontCache}'s part): a {@code .ttf} file, or the member of a
 * {@code .ttc} collection named by {@link FontFace#member()} (its PostScript, full or family name).
 * A face is kept by its {@link FileVersion}, so an edited file is parsed again; at most a bound of
 * faces are kept. Every output uses the same parsed face (the PDF embeds it, the EPUB subsets it and draws
 * its cover with it), so a run parses each face once; a {@code .ttf} is parsed from its
 * {@link SfntTables#forParsing trimmed tables}. A face whose outlines are CFF ({@code OTTO}, also inside a collection) is refused
 * with one line naming the file, as is a missing member (the message lists the members there are).
 */
public final class TrueTypeFaces {
    /** A face of a file as it is now (a collection's member by its name): an edited file is another key. */
    private record Key(FileVersion version, String member) {}

    /** What is parsed once per key; each {@link #load} wraps it with the face it was asked for. */
    private record Parsed(TrueTypeFont font, CmapLookup cmap) {}

    private final FontFiles files;
    private final LruCache<Key, FutureTask<Parsed>> faces;
    private ExecutorService loader;
    private final AtomicInteger parses = new AtomicInteger();

    TrueTypeFaces(FontFiles files, int facesKept) {
        this.files = files;
        this.faces = LruCache.ofCount(facesKept);
    }

    /** How many faces this cache has parsed (each face of each file version once), for tests. */
    public int parses() {
        return parses.get();
    }

    /**
     * Starts parsing these faces in a background thread, one after the other, then runs
     * {@code then} there, and returns at once, so that a build can read its input meanwhile;
     * {@link #load} takes the result (or parses a face itself if the thread has not reached it).
     * A face that cannot be used fails only when it is loaded.
     */
    public void preload(List<FontFace> list, Runnable then) {
        ExecutorService thread = loader();
        for (FontFace f : list) {
            Key key = new Key(FileVersion.of(f.file()), f.member());
            FutureTask<Parsed> task = new FutureTask<>(() -> parse(f, key.version()));
            if (faces.computeIfAbsent(key, k -> task) == task) thread.execute(task);
        }
        thread.execute(then);
    }

    /** One background thread: the machine may have only two cores, and the main thread reads the input meanwhile. */
    private synchronized ExecutorService loader() {
        if (loader == null) {
            loader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "inkstone-font-loader");
                t.setDaemon(true);
                return t;
            });
        }
        return loader;
    }

    /** The face, parsed on first use (or by {@link #preload}). @throws FontException naming the file when it cannot be used */
    public LoadedFace load(FontFace face) {
        Key key = new Key(FileVersion.of(face.file()), face.member());
        FutureTask<Parsed> task = new FutureTask<>(() -> parse(face, key.version()));
        FutureTask<Parsed> existing = faces.computeIfAbsent(key, k -> task);
        existing.run(); // parses here unless a loader thread has started (or finished) it
        try {
            Parsed parsed = existing.get();
            return new LoadedFace(face, parsed.font(), parsed.cmap());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new FontException(face.file() + ": the font cannot be read (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FontException(face.file() + ": interrupted while the font was read");
        }
    }

    /** Each face {@link #load loaded}, in order. */
    public List<LoadedFace> loadAll(List<FontFace> faces) {
        List<LoadedFace> out = new ArrayList<>(faces.size());
        for (FontFace f : faces) out.add(load(f));
        return out;
    }

    private Parsed parse(FontFace face, FileVersion version) {
        FontFiles.check(face.file());
        TrueTypeFont font;
        try {
            font = parseFile(face, version);
            parses.incrementAndGet();
            refuseCff(face, font);
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) throw new FontException(face.file() + ": the font has no Unicode character map; use another .ttf file");
            return new Parsed(font, cmap);
        } catch (IOException e) {
            throw new FontException(face.file() + ": the font cannot be read (" + e.getMessage() + "); use an intact .ttf file");
        }
    }

    /**
     * A collection's member, from the file's bytes; a single face from its {@link SfntTables#forParsing trimmed
     * tables}, read in place from the mapped file ({@link InPlaceParser}): neither the file's 15 MB nor its outlines
     * are copied onto the heap, only what fontbox parses (metrics, character map, loca). A file cut short while it is
     * read (the JDK's InternalError for a fault in mapped memory) is reported as unreadable.
     */
    private TrueTypeFont parseFile(FontFace face, FileVersion version) throws IOException {
        try (FileChannel channel = FileChannel.open(version.path(), StandardOpenOption.READ)) {
            MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            if (mapped.limit() >= 4 && mapped.getInt(0) == 0x74746366) return member(face, files.readOnce(version)); // 'ttcf'
            return InPlaceParser.parse(mapped);
        } catch (InternalError e) {
            throw new IOException("the file changed while it was read", e);
        }
    }

    private static TrueTypeFont member(FontFace face, byte[] data) throws IOException {
        // Kept open while the face is cached: the member reads its tables from the collection.
        @SuppressWarnings("resource")
        TrueTypeCollection ttc = new TrueTypeCollection(new ByteArrayInputStream(data));
        List<String> names = new ArrayList<>();
        TrueTypeFont[] found = new TrueTypeFont[1];
        ttc.processAllFonts(font -> {
            List<String> own = namesOf(font);
            names.add(own.get(0));
            if (found[0] == null && (face.member().isEmpty() || own.stream().anyMatch(n -> n.equalsIgnoreCase(face.member())))) {
                found[0] = font;
            }
        });
        if (found[0] == null) {
            throw new FontException(face.file() + ": the collection has no font named '" + face.member() + "'; it has "
                    + String.join(", ", names) + " (write the file as " + face.file().getFileName() + "#NAME in fonts=)");
        }
        return found[0];
    }

    /** PostScript name first, then full and family names. */
    private static List<String> namesOf(TrueTypeFont font) throws IOException {
        List<String> names = new ArrayList<>();
        names.add(font.getName() == null ? "(unnamed)" : font.getName());
        if (font.getNaming() != null) {
            String full = font.getNaming().getName(4, 3, 1, 0x409);
            if (full == null) full = font.getNaming().getName(4, 1, 0, 0);
            if (full != null) names.add(full);
            if (font.getNaming().getFontFamily() != null) names.add(font.getNaming().getFontFamily());
        }
        return names;
    }

    private static void refuseCff(FontFace face, TrueTypeFont font) {
        if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
            throw new FontException(FontFiles.cffMessage(face.file()));
        }
    }
}
