package org.inkstone.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder of Obsidian notes for the note-embed tests of every output: a host note ({@code 读书笔记.md})
 * that embeds a whole note kept in a subfolder (with front matter and a footnote), a heading's section
 * (with a sub-heading), a list item by its block id, a missing note, a missing heading, a missing block and
 * a loop through two notes ({@code 循环甲} → {@code 循环乙} → {@code 循环甲}).
 */
public final class NoteEmbedFolder {
    /** Texts that each embed brings: each must appear exactly once in every output. */
    public static final List<String> EMBEDDED = List.of("快速切换让你用键盘在笔记之间跳转", "第一遍删去多余的字",
            "第二遍核对引文", "好文章是改出来的", "循环甲的正文", "循环乙的正文");
    /** Texts of the embedded notes that no embed asks for, and block-id markers: never in any output. */
    public static final List<String> LEFT_OUT = List.of("先写出来再说", "另一条清单", "要点工具", "^jin-ju", "^wei-ju", "jin-ju", "wei-ju");
    /** What the embeds that cannot be resolved show: the note's name (and heading). */
    public static final List<String> FALLBACKS = List.of("不存在的笔记", "写作方法 › 没有的标题", "写作方法", "循环甲");

    static final String HOST = """
            # 读书笔记

            这是宿主笔记的开头[^h]。

            ![[快速切换]]

            ## 摘录一节

            ![[写作方法#修改的步骤]]

            ## 摘录一块

            ![[写作方法#^jin-ju]]

            ## 找不到的

            ![[不存在的笔记]]

            ![[写作方法#没有的标题]]

            ![[写作方法.md#^mei-you]]

            ## 循环

            ![[循环甲]]

            宿主的结尾一句。 ^wei-ju

            [^h]: 宿主自己的脚注。
            """;

    private NoteEmbedFolder() {}

    /** Writes the notes into {@code dir} and returns the host note's path. */
    public static Path write(Path dir) {
        try {
            Files.createDirectories(dir.resolve("笔记"));
            write(dir.resolve("读书笔记.md"), HOST);
            write(dir.resolve("笔记/快速切换.md"), """
                    ---
                    title: 快速切换
                    keywords: [要点工具]
                    ---
                    快速切换让你用键盘在笔记之间跳转[^k]。

                    [^k]: 快速切换的脚注内容。
                    """);
            write(dir.resolve("笔记/写作方法.md"), """
                    # 写作方法

                    ## 初稿

                    先写出来再说。

                    ## 修改的步骤

                    第一遍删去多余的字。

                    ### 细节

                    第二遍核对引文。

                    ## 发表

                    - 好文章是改出来的。 ^jin-ju
                    - 另一条清单。
                    """);
            write(dir.resolve("循环甲.md"), "循环甲的正文。\n\n![[循环乙]]\n");
            write(dir.resolve("笔记/循环乙.md"), "循环乙的正文。\n\n![[循环甲]]\n");
            return dir.resolve("读书笔记.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** How many times {@code needle} occurs in {@code text}. */
    public static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) n++;
        return n;
    }
}
