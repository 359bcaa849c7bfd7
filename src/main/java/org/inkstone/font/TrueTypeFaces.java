package org.inkstone.font;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Parses theme faces once per process and keeps them: a {@code .ttf} file, or the member of a
 * {@code .ttc} collection named by {@link FontFace#member()} (its PostScript, full or family name).
 * A face whose outlines are CFF ({@code OTTO}, also inside a collection) is refused with one line
 * naming the file, as is a missing member (the message lists the members there are).
 */
public final class TrueTypeFaces {
    private static final Map<FontFace, FutureTask<LoadedFace>> CACHE = new ConcurrentHashMap<>();
    private static final ReentrantLock LOCK = new ReentrantLock();
    /** One background thread: the machine may have only two cores, and the main thread reads the input meanwhile. */
    private static final ExecutorService LOADERS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "inkstone-font-loader");
        t.setDaemon(true);
        return t;
    });

    private TrueTypeFaces() {}

    /** Held while a face's outlines are read (embedding, subsetting): parsed fonts are shared by every build. */
    public static ReentrantLock lock() {
        return LOCK;
    }

    /**
     * Starts parsing these faces in a background thread, one after the other, then runs
     * {@code then} there, and returns at once, so that a build can read its input meanwhile;
     * {@link #load} takes the result (or parses a face itself if the thread has not reached it).
     * A face that cannot be used fails only when it is loaded.
     */
    public static void preload(List<FontFace> faces, Runnable then) {
        for (FontFace f : faces) {
            FutureTask<LoadedFace> task = new FutureTask<>(() -> parse(f));
            if (CACHE.putIfAbsent(f, task) == null) LOADERS.execute(task);
        }
        LOADERS.execute(then);
    }

    /** The face, parsed on first use (or by {@link #preload}). @throws FontException naming the file when it cannot be used */
    public static LoadedFace load(FontFace face) {
        FutureTask<LoadedFace> task = new FutureTask<>(() -> parse(face));
        FutureTask<LoadedFace> existing = CACHE.putIfAbsent(face, task);
        if (existing == null) existing = task;
        existing.run(); // parses here unless a loader thread has started (or finished) it
        try {
            return existing.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new FontException(face.file() + ": the font cannot be read (" + e.getCause() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FontException(face.file() + ": interrupted while the font was read");
        }
    }

    public static List<LoadedFace> loadAll(List<FontFace> faces) {
        List<LoadedFace> out = new ArrayList<>(faces.size());
        for (FontFace f : faces) out.add(load(f));
        return out;
    }

    private static LoadedFace parse(FontFace face) {
        FontFiles.check(face.file());
        byte[] data = face.data();
        TrueTypeFont font;
        try {
            font = isCollection(data) ? member(face, data) : new TTFParser().parse(new RandomAccessReadBuffer(data));
            refuseCff(face, font);
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) throw new FontException(face.file() + ": the font has no Unicode character map; use another .ttf file");
            return new LoadedFace(face, font, cmap);
        } catch (IOException e) {
            throw new FontException(face.file() + ": the font cannot be read (" + e.getMessage() + "); use an intact .ttf file");
        }
    }

    private static boolean isCollection(byte[] data) {
        return data.length >= 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
    }

    private static TrueTypeFont member(FontFace face, byte[] data) throws IOException {
        // Kept open for the life of the process: the member reads its tables from the collection.
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
