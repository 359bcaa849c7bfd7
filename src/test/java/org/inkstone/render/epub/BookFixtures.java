package org.inkstone.render.epub;

import org.inkstone.TestDocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Markdown books written for the EPUB tests. */
final class BookFixtures {
    private BookFixtures() {}

    /**
     * A book of {@code n} chapters: each with sections and subsections, a footnote, a table, code,
     * a callout, a local image and a link to the next chapter; note 1 is cited from every chapter.
     */
    static Path book(Path dir, int n) {
        copyImage(dir);
        StringBuilder md = new StringBuilder("""
                ---
                title: 山中书简：二十封写给远方的信
                subtitle: 一部用来测试电子书输出的长篇样书
                author: [顾晚舟, Lena Fischer]
                date: 2026-10-01
                description: 二十章的测试用书，章节、脚注、图片与交叉引用俱全。
                keywords: [书信, 测试]
                ---

                这是全书开头、第一章之前的一段引言，它应当自成一个文件。

                """);
        for (int i = 1; i <= n; i++) {
            md.append("# 第").append(i).append("章 山中第").append(i).append("封信\n\n")
                    .append("第").append(i).append("封信的开头，提到一条共同的注释[^common]，还有本章自己的注释[^c").append(i).append("]。\n\n")
                    .append("## ").append(i).append(".1 晨雾\n\n")
                    .append("晨雾从山谷升起，**字迹**在纸上慢慢变干。*English words* 与中文混排，数字 ").append(i * 17).append("。\n\n")
                    .append("![第").append(i).append("章插图](images/figure.png)\n\n")
                    .append("### ").append(i).append(".1.1 细节\n\n")
                    .append("| 项目 | 数量 |\n|---|---:|\n| 信纸 | ").append(i).append(" |\n| 邮票 | ").append(i * 2).append(" |\n\n")
                    .append("```java\nint letter = ").append(i).append("; // 第").append(i).append("封\n```\n\n")
                    .append("> [!TIP] 提示\n> 第").append(i).append("章的提示块。\n\n")
                    .append("## ").append(i).append(".2 回信\n\n");
            if (i < n) {
                md.append("下一封信见[第").append(i + 1).append("章](#第").append(i + 1).append("章-山中第").append(i + 1).append("封信)。\n\n");
            } else {
                md.append("回到[第一章](#第1章-山中第1封信)。\n\n");
            }
            md.append("[^c").append(i).append("]: 第").append(i).append("章的注释。\n\n");
        }
        md.append("[^common]: 每一章都引用的注释。\n");
        return EpubBuilds.write(dir, "book.md", md.toString());
    }

    static void copyImage(Path dir) {
        try {
            Files.createDirectories(dir.resolve("images"));
            Files.copy(TestDocs.RESOURCES.resolve("corpus/images/figure.png"), dir.resolve("images/figure.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String FRONT_MATTER_ONLY = """
            ---
            title: 只有前言的书
            author: 无名氏
            lang: zh-Hans
            keywords: 测试, 空白
            ---
            """;

    static final String PUNCTUATION_HEADINGS = """
            # ……
            
            第一段。

            # 「」《》？！
            
            ## ——
            
            第二段。

            # 。，、
            
            ### （）
            
            最后。
            """;

    static final String MISSING_IMAGES = """
            ---
            title: 图都不见了
            cover: images/no-cover.png
            ---
            # 缺图的章节

            ![不存在的图片](images/nothing.png)

            ![远程图片](https://example.invalid/a.png?x=1&y=2)

            行内的 ![小图](missing/inline.jpg) 也不存在，还有 ![](../outside.png) 越界的。

            <img src="https://example.invalid/raw.png" alt="原始 HTML 里的远程图片">

            [![带链接的图](images/gone.webp)](https://example.com)
            """;

    static final String HOSTILE_HTML = """
            # 原始 HTML

            <center>居中</center>

            <p align="center">居中段落 <font color="red" face="serif" size="3">红字</font> <strike>删</strike> <tt>tt</tt></p>

            段落里混进 <div>块元素</div> 和 <p>段落</p>。

            <table border="1" width="80%"><tr><td valign="top" width="50">格</td></tr></table>

            <a name="anchor">旧式锚点</a>，[跳到锚点](#anchor)，[跳到不存在](#nowhere)，[本地文件](other.md)，[网页](https://example.com)。

            <span style="background: url(https://example.invalid/bg.png)">背景图</span>

            <details open><summary>摘要</summary>内容</details>

            控制字符\u0001与\u000b应被去掉。

            项目地址：<a href="https://github.com/foo/bar" target="_blank">https://github.com/foo/bar</a>，<a href="https://example.org">带脚注[^n]</a>。

            [^n]: 脚注。
            """;
}
