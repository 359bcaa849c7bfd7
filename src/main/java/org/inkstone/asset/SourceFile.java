package org.inkstone.asset;

import org.inkstone.diagnostic.InputException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a Markdown input, refusing what is not a UTF-8 text file with one clear message. */
public final class SourceFile {
    private SourceFile() {}

    public static String read(Path input) {
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
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputException(name, 0, "is a binary file, not Markdown text; give a .md file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputException(name, 0, "is not UTF-8 text (perhaps GBK or a binary file); save it as UTF-8 and try again");
        }
    }
}
