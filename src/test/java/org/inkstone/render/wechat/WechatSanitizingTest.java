package org.inkstone.render.wechat;

import org.inkstone.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Raw HTML in the Markdown reaches the WeChat fragment only as safe tags and safe inline styles. */
class WechatSanitizingTest {
    @TempDir Path dir;

    private String fragment(String markdown) throws Exception {
        Path md = dir.resolve("post.md");
        Files.writeString(md, "# 标题\n\n前文。\n\n" + markdown + "\n\n后文。\n");
        assertEquals(0, Main.run("build", md.toString(), "--to", "wechat", "--out", dir.resolve("out").toString()));
        return Files.readString(dir.resolve("out/post.wechat.html"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "script block           | <script>alert('x1')</script>                                   | alert",
            "script inline          | 文字<script>alert('x2')</script>文字                            | alert",
            "onclick                | <p onclick=\"alert('x3')\">点我</p>                              | onclick",
            "javascript href        | <a href=\"javascript:alert('x4')\">链接</a>                       | javascript:",
            "javascript href, mixed | <a href=\" JaVaScRiPt:alert('x5')\">链接</a>                      | javascript:",
            "style url(javascript:) | <span style=\"background:url(javascript:alert('x6'))\">背景</span> | javascript:",
            "style expression()     | <div style=\"width: expression(alert('x7'))\">旧IE</div>           | expression(",
            "iframe                 | <iframe src=\"https://evil.example/\"></iframe>                   | iframe",
            "svg onload             | <svg onload=\"alert('x8')\"><circle r=\"4\"/></svg>                  | onload",
            "img onerror            | <img src=\"x.png\" onerror=\"alert('x9')\">                         | onerror",
            "object                 | <object data=\"evil.swf\"></object>                                 | object",
            "form controls          | <form action=\"https://evil.example/\"><input name=\"q\"><button>提交</button></form> | <input",
            "style element          | <style>p { color: red }</style>                                    | <style",
    })
    void dangerousHtmlDoesNotSurvive(String name, String html, String forbidden) throws Exception {
        String out = fragment(html);
        assertFalse(out.toLowerCase(Locale.ROOT).contains(forbidden.toLowerCase(Locale.ROOT)), name + ":\n" + out);
        assertFalse(out.contains("alert("), name + ":\n" + out);
        Element root = Jsoup.parseBodyFragment(out).body().child(0);
        assertTrue(root.text().contains("前文。") && root.text().contains("后文。"), "the text around it stays: " + root.text());
    }

    @Test
    void safeTagsAndInlineStylesSurvive() throws Exception {
        String out = fragment("<p style=\"color: #c00; text-align: center\">居中的<b>红字</b></p>\n\n"
                + "文中<span style=\"color: #0a0\">绿色</span>与<u>下划线</u>。");
        Element root = Jsoup.parseBodyFragment(out).body().child(0);
        Element centred = root.select("p").stream().filter(p -> p.text().equals("居中的红字")).findFirst().orElseThrow();
        assertTrue(centred.attr("style").contains("color: #c00"), centred.attr("style"));
        assertTrue(centred.attr("style").contains("text-align: center"), centred.attr("style"));
        assertFalse(centred.select("b, strong").isEmpty(), "bold kept");
        Element green = root.select("span").stream().filter(s -> s.text().equals("绿色")).findFirst().orElseThrow();
        assertTrue(green.attr("style").contains("color: #0a0"), green.attr("style"));
        assertTrue(root.text().contains("下划线"));
    }
}
