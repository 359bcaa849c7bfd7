package org.inkstone.font;

import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;

/**
 * Parses a TrueType face without copying its file onto the heap. fontbox's public {@code TTFParser.parse} first
 * copies the whole file into an array (LXGW WenKai: 15 MB a face, kept for the life of the face and copied again
 * by the first collections), besides the tables it parses; its own unbuffered stream, which reads the file where it
 * lies, is package-private, so it is reached by reflection. Its glyph table copies the outlines twice more (the
 * 15 MB {@code glyf} table into an array, that array into its own, which it keeps): the parse is given a directory
 * whose {@code glyf} is empty ({@link SfntTables#forParsing(ByteBuffer, boolean)}), and the table is then given its
 * length and a stream that reads the outlines where they lie. If a fontbox version renames what this reaches,
 * faces are parsed the public way (the same font, copies on the heap) and {@code SharedFaceTest} fails, so the
 * update is noticed.
 */
final class InPlaceParser {
    private static final Constructor<?> UNBUFFERED = unbufferedStream();
    private static final Method PARSE = parseMethod();
    private static final Field TABLE_LENGTH = field(TTFTable.class, "length");
    private static final Field OUTLINE_DATA = field(GlyphTable.class, "data");

    private InPlaceParser() {}

    /** Whether faces are read in place (false: fontbox's copying parse is used). */
    static boolean inPlace() {
        return UNBUFFERED != null && PARSE != null;
    }

    /** Whether a face read in place also reads its outlines in place (false: its glyph table keeps a copy). */
    static boolean outlinesInPlace() {
        return inPlace() && TABLE_LENGTH != null && OUTLINE_DATA != null;
    }

    /** The face of the TrueType file {@code font} (its tables trimmed as {@link SfntTables#forParsing} says), which it keeps reading. */
    static TrueTypeFont parse(ByteBuffer font) throws IOException {
        if (!inPlace()) return new TTFParser().parse(SfntTables.forParsing(font));
        SfntTables.TrimmedFace trimmed = SfntTables.forParsing(font, outlinesInPlace());
        TrueTypeFont face = parse(trimmed.bytes());
        if (trimmed.outlines() == 0 || attachOutlines(face, trimmed)) return face;
        return parse(SfntTables.forParsing(font));
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

    /**
     * Gives the face's glyph table, parsed empty, its true length and a stream of its own over the outlines where
     * they lie (the table locks that stream around each read, as it did its copy). False if fontbox refused.
     */
    private static boolean attachOutlines(TrueTypeFont face, SfntTables.TrimmedFace trimmed) throws IOException {
        GlyphTable glyf = face.getGlyph();
        try {
            Object outlines = UNBUFFERED.newInstance(trimmed.bytes().createView(glyf.getOffset(), trimmed.outlines()));
            TABLE_LENGTH.setLong(glyf, trimmed.outlines());
            OUTLINE_DATA.set(glyf, outlines);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
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

    /** A declared field made accessible, or null when fontbox no longer has it (or it is not of the expected kind). */
    private static Field field(Class<?> owner, String name) {
        try {
            Field f = owner.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
