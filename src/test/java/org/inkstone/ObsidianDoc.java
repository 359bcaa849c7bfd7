package org.inkstone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * {@code obsidian/obsidian.md}: Obsidian {@code %%} comments (inline, a block with a blank line, one
 * never closed at line {@link #UNCLOSED_LINE}), tables with one-dash delimiter rows (also
 * {@code - | -}) and a wiki link and an embed written with {@code \|} in a table cell.
 */
public final class ObsidianDoc {
    private ObsidianDoc() {}

    /** Text that stands only inside comments: no output may show it unless asked for notes. */
    public static final List<String> SECRETS = List.of("私密行内甲", "私密块第一行", "私密块第二段", "私密未闭合", "私密尾巴");
    public static final int UNCLOSED_LINE = 31;
    /** The head cells of the four tables, in order. */
    public static final List<String> TABLE_HEADS = List.of("链接 图", "短甲 短乙", "横甲 横乙", "对齐左 对齐右");

    /** Writes the document and its image to {@code dir}; returns the Markdown file. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("images"));
            Files.copy(TestDocs.RESOURCES.resolve("corpus/images/figure.png"), dir.resolve("images/figure.png"),
                    StandardCopyOption.REPLACE_EXISTING);
            return Files.copy(TestDocs.RESOURCES.resolve("obsidian/obsidian.md"), dir.resolve("obsidian.md"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
