package org.inkstone.render.archfixture;

import com.vladsch.flexmark.parser.Parser;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.archfixture.loop.LoopBack;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A renderer that breaks the rules on purpose, for {@code ArchitectureRulesCanFailTest}: it reads files and
 * the network, parses Markdown itself and sits in a package cycle. Never run.
 */
public final class ForbiddenRenderer {
    private ForbiddenRenderer() {}

    static Object breakEveryRule(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        File file = new File(path.toString());
        try (FileInputStream in = new FileInputStream(file); FileReader reader = new FileReader(file);
             RandomAccessFile random = new RandomAccessFile(file, "r")) {
            return new Object[] {bytes, in, reader, random, HttpClient.newHttpClient(), Parser.builder().build(),
                    MarkdownReader.class, new LoopBack()};
        }
    }
}
