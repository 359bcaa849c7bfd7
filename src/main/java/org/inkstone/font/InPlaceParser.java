package org.inkstone.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Parses a TrueType face without copying its file onto the heap. fontbox's public {@code TTFParser.parse} first
 * copies the whole file into an array (LXGW WenKai: 15 MB a face, kept for the life of the face and copied again
 * by the first collections), besides the tables it parses; its own unbuffered stream, which reads the file where it lies, is package-private,
 * so it is reached by reflection. If a fontbox version renames it, faces are parsed the public way (the same font,
 * a copy on the heap) and {@code SharedFaceTest} fails, so the update is noticed.
 */
final class InPlaceParser {
    private static final Constructor<?> UNBUFFERED = unbufferedStream();
    private static final Method PARSE = parseMethod();

    private InPlaceParser() {}

    /** Whether faces are read in place (false: fontbox's copying parse is used). */
    static boolean inPlace() {
        return UNBUFFERED != null && PARSE != null;
    }

    /** The face of {@code file}, which it keeps reading (do not close it while the face is in use). */
    static TrueTypeFont parse(RandomAccessRead file) throws IOException {
        if (!inPlace()) return new TTFParser().parse(file);
        try {
            return (TrueTypeFont) PARSE.invoke(new TTFParser(), UNBUFFERED.newInstance(file));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IOException(e.getCause());
        } catch (ReflectiveOperationException e) {
            return new TTFParser().parse(file);
        }
    }

    private static Constructor<?> unbufferedStream() {
        try {
            Constructor<?> c = Class.forName("org.apache.fontbox.ttf.RandomAccessReadUnbufferedDataStream")
                    .getDeclaredConstructor(RandomAccessRead.class);
            c.setAccessible(true);
            return c;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method parseMethod() {
        try {
            Method m = TTFParser.class.getDeclaredMethod("parse", Class.forName("org.apache.fontbox.ttf.TTFDataStream"));
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
