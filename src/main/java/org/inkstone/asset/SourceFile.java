package org.inkstone.asset;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a Markdown input. UTF-8 is read as it is (with or without a byte-order mark). A UTF-16
 * byte-order mark decides UTF-16. Otherwise, text that is not valid UTF-8 is handed to
 * {@link LegacyEncoding}: GB18030 (GBK) and Big5 articles, as Windows Notepad and older editors
 * save them, are read with a warning naming the encoding. A binary file, and text the detector is
 * not sure of, are refused with one clear message (for the latter, the line and column of the
 * first byte that is not UTF-8).
 */
public final class SourceFile {
    private SourceFile() {}

    public static String read(Path input, Diagnostics diagnostics) {
        String name = input.toString();
        if (Files.isDirectory(input)) {
            throw new InputException(name, 0, "is a folder, not a Markdown file; name the .md file inside it");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(input);
        } catch (NoSuchFileException e) {
            throw new InputException(name, 0, "no such file; check the path (the current folder is "
                    + Path.of("").toAbsolutePath() + ")");
        } catch (IOException e) {
            throw new InputException(name, 0, "cannot be read: " + e.getMessage());
        }
        Charset bomCharset = byteOrderMark(bytes);
        if (bomCharset != null) {
            String text = decode(bytes, 2, bomCharset).orElseThrow(() -> new InputException(name, 0,
                    "starts with a " + bomCharset.name() + " byte-order mark but is not " + bomCharset.name()
                            + " text; save it as UTF-8 and try again"));
            if (hasControlCharacters(text)) {
                throw new InputException(name, 0, "is a binary file, not Markdown text; give a .md file");
            }
            warnNotUtf8(diagnostics, bomCharset.name());
            return text;
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, 0, "is a binary file, not Markdown text; give a .md file"
                        + " (a text file in UTF-16 needs its byte-order mark; better, save it as UTF-8)");
            }
        }
        Optional<String> utf8 = decode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return utf8.get();
        Optional<Charset> legacy = LegacyEncoding.detect(bytes);
        if (legacy.isPresent()) {
            Optional<String> text = decode(bytes, 0, legacy.get());
            if (text.isPresent()) {
                warnNotUtf8(diagnostics, LegacyEncoding.displayName(legacy.get()));
                return text.get();
            }
        }
        int bad = firstInvalidUtf8(bytes);
        int line = 1, lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        throw new InputException(name, line, String.format("not UTF-8 text: byte 0x%02X at column %d cannot be read,"
                + " and the file is not clearly GB18030, GBK or Big5 either; save it as UTF-8 and try again",
                bytes[bad] & 0xff, column));
    }

    private static void warnNotUtf8(Diagnostics diagnostics, String encoding) {
        diagnostics.warn(0, "read as " + encoding + " (not UTF-8); save the file as UTF-8 to be sure it reads the same"
                + " everywhere");
    }

    /** Characters no text file has (NUL, BEL, ESC …; tab, newlines and form feed are fine). */
    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
    }

    /** UTF-16LE or UTF-16BE from a byte-order mark, else null (a UTF-8 one is left to the UTF-8 reading). */
    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** The text, when every byte from {@code offset} on is valid in {@code charset}. */
    private static Optional<String> decode(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The index of the first byte that is not valid UTF-8 (the bytes are known not to be). */
    private static int firstInvalidUtf8(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = strict(StandardCharsets.UTF_8).decode(in, out, true);
        return r.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }
}
