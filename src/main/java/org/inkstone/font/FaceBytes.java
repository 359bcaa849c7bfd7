package org.inkstone.font;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * A font file made of pieces read where they lie (a table directory built on the heap, the tables as slices of the
 * mapped file), as one stream for fontbox. The file is not copied: a parse reads the tables where they lie (fontbox
 * keeps what it parses; the outlines are read from a view of their own, {@link InPlaceParser}), and the subsetters
 * read the original bytes from here. One instance has one position (fontbox serializes its own reads of a font);
 * {@link #createView} gives a reader of its own, so two subsetters may read the same face at once.
 */
final class FaceBytes implements RandomAccessRead {
    private final ByteBuffer[] pieces;
    /** Where each piece starts in the file; the last entry is the file's length. */
    private final long[] starts;
    private long position;
    /** The piece that holds {@link #position} (or the one before it, at a piece's end). */
    private int piece;
    private boolean closed;

    FaceBytes(List<ByteBuffer> pieces) {
        this.pieces = pieces.stream().map(ByteBuffer::duplicate).toArray(ByteBuffer[]::new);
        this.starts = new long[this.pieces.length + 1];
        for (int i = 0; i < this.pieces.length; i++) starts[i + 1] = starts[i] + this.pieces[i].limit();
    }

    private FaceBytes(ByteBuffer[] pieces, long[] starts) {
        this.pieces = new ByteBuffer[pieces.length];
        for (int i = 0; i < pieces.length; i++) this.pieces[i] = pieces[i].duplicate();
        this.starts = starts;
    }

    @Override
    public int read() throws IOException {
        checkOpen();
        if (position >= starts[starts.length - 1]) return -1;
        if (position >= starts[piece + 1] || position < starts[piece]) find();
        return pieces[piece].get((int) (position++ - starts[piece])) & 0xff;
    }

    @Override
    public int read(byte[] b, int offset, int length) throws IOException {
        checkOpen();
        long end = starts[starts.length - 1];
        if (length == 0) return 0;
        if (position >= end) return -1;
        int done = 0;
        while (done < length && position < end) {
            if (position >= starts[piece + 1] || position < starts[piece]) find();
            int at = (int) (position - starts[piece]);
            int n = (int) Math.min(length - done, starts[piece + 1] - position);
            pieces[piece].get(at, b, offset + done, n);
            done += n;
            position += n;
        }
        return done;
    }

    /** The piece that holds the position (pieces of length 0 are skipped). */
    private void find() {
        int low = 0;
        int high = pieces.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (starts[mid] <= position) low = mid;
            else high = mid - 1;
        }
        piece = low;
    }

    @Override
    public long getPosition() throws IOException {
        checkOpen();
        return position;
    }

    @Override
    public void seek(long to) throws IOException {
        checkOpen();
        if (to < 0) throw new IOException("Invalid position " + to);
        position = Math.min(to, starts[starts.length - 1]);
    }

    @Override
    public long length() {
        return starts[starts.length - 1];
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() throws IOException {
        checkOpen();
        return position >= starts[starts.length - 1];
    }

    @Override
    public void close() {
        closed = true;
    }

    /** A reader of this file's bytes from {@code start} with a position of its own (closing it leaves this one open). */
    @Override
    public RandomAccessReadView createView(long start, long length) {
        return new RandomAccessReadView(new FaceBytes(pieces, starts), start, length, true);
    }

    private void checkOpen() throws IOException {
        if (closed) throw new IOException("the font's data is closed");
    }
}
