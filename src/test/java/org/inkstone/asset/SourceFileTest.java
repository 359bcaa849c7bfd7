package org.inkstone.asset;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostic;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Articles saved in the encodings Chinese writers meet (real GBK, GB18030, Big5 and UTF-16 bytes
 * of a few sentences) are read with one warning naming the encoding; a binary file and broken
 * UTF-8 are refused, the latter at its line.
 */
class SourceFileTest {
    @TempDir Path dir;

    static final String SIMPLIFIED = """
            # 秋天的菜市场

            每到十月，楼下的菜市场就换了样子。卖柿子的老太太把摊子摆得满满的，红色一直堆到路边。
            我常常在下班的路上买两个，回家放在窗台上，等它们慢慢变软。
            邻居说这是一年里最好的时候，我想她说得对。
            """;
    static final String TRADITIONAL = """
            # 雨後的山路

            下過雨的山路很滑，我們走得很慢。樹葉上的水珠一碰就落下來，打在帽子上沙沙作響。
            走到半山腰，雲忽然散開，遠處的小鎮亮了起來。大家都停下腳步，誰也沒有說話。
            """;

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private List<String> readAndWarnings(Path file, String expected) {
        Diagnostics d = new Diagnostics(file.toString());
        assertEquals(expected, SourceFile.read(file, d).replace("\uFEFF", ""));
        return d.all().stream().map(Diagnostic::format).toList();
    }

    private String notUtf8(Path file, String encoding) {
        return file + ": warning: read as " + encoding + " (not UTF-8); save the file as UTF-8 to be sure it reads the"
                + " same everywhere";
    }

    @Test
    void gbkIsReadAsGb18030WithAWarning() throws IOException {
        Path f = write("gbk.md", SIMPLIFIED.getBytes(Charset.forName("GBK")));
        assertEquals(List.of(notUtf8(f, "GB18030")), readAndWarnings(f, SIMPLIFIED));
    }

    @Test
    void gb18030WithCharactersBeyondGbkIsRead() throws IOException {
        String text = SIMPLIFIED + "朋友的名字里有个𠮷字，GBK 写不出来，GB18030 可以。\n";
        Path f = write("gb18030.md", text.getBytes(Charset.forName("GB18030")));
        assertEquals(List.of(notUtf8(f, "GB18030")), readAndWarnings(f, text));
    }

    @Test
    void big5IsReadWithAWarning() throws IOException {
        Path f = write("big5.md", TRADITIONAL.getBytes(Charset.forName("Big5")));
        assertEquals(List.of(notUtf8(f, "Big5")), readAndWarnings(f, TRADITIONAL));
    }

    @Test
    void utf16WithAByteOrderMarkIsRead() throws IOException {
        Path le = write("le.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(List.of(notUtf8(le, "UTF-16LE")), readAndWarnings(le, SIMPLIFIED));
        Path be = write("be.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TRADITIONAL.getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(List.of(notUtf8(be, "UTF-16BE")), readAndWarnings(be, TRADITIONAL));
    }

    @Test
    void utf8WithAndWithoutByteOrderMarkHasNoWarning() throws IOException {
        Path plain = write("plain.md", SIMPLIFIED.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), readAndWarnings(plain, SIMPLIFIED));
        Path bom = write("bom.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SIMPLIFIED.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), readAndWarnings(bom, SIMPLIFIED));
    }

    @Test
    void aBinaryFileIsStillRefused() throws IOException {
        Path png = write("picture.md", Files.readAllBytes(TestDocs.RESOURCES.resolve("corpus/images/figure.png")));
        InputException e = assertThrows(InputException.class, () -> SourceFile.read(png, new Diagnostics(png.toString())));
        assertEquals(png + ": error: is a binary file, not Markdown text; give a .md file (a text file in UTF-16 needs"
                + " its byte-order mark; better, save it as UTF-8)", e.format());
    }

    @Test
    void brokenUtf8IsRefusedAtItsLine() throws IOException {
        String sixLines = SIMPLIFIED.lines().limit(5).reduce("", (a, b) -> a + b + "\n") + "第六行一切正常。\n";
        byte[] bytes = concat(concat((sixLines + "第七行有坏字节：").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE5, (byte) 0x28}), "结尾。\n".getBytes(StandardCharsets.UTF_8));
        Path f = write("broken.md", bytes);
        InputException e = assertThrows(InputException.class, () -> SourceFile.read(f, new Diagnostics(f.toString())));
        assertEquals(f + ":7: error: not UTF-8 text: byte 0xE5 at column 9 cannot be read, and the file is not clearly"
                + " GB18030, GBK or Big5 either; save it as UTF-8 and try again", e.format());
    }

    @Test
    void aLongUtf8ArticleWithOneDamagedByteIsNotTakenForGb18030() throws IOException {
        String article = SIMPLIFIED + SIMPLIFIED.replace("# ", "## ") + TRADITIONAL.replace("# ", "## ");
        byte[] good = article.getBytes(StandardCharsets.UTF_8);
        int at = article.substring(0, article.indexOf("我常常")).getBytes(StandardCharsets.UTF_8).length;
        byte[] bytes = good.clone();
        bytes[at + 1] = (byte) 0x41; // the middle byte of 我 becomes 'A'
        Path f = write("damaged.md", bytes);
        InputException e = assertThrows(InputException.class, () -> SourceFile.read(f, new Diagnostics(f.toString())));
        assertEquals(f + ":4: error: not UTF-8 text: byte 0xE6 at column 1 cannot be read, and the file is not clearly"
                + " GB18030, GBK or Big5 either; save it as UTF-8 and try again", e.format());
    }
}
