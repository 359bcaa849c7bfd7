package org.inkstone.render.wechat;

import org.inkstone.ObsidianDoc;
import org.inkstone.publish.Inkstone;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WeChat fragment of {@link ObsidianDoc}: no {@code %%} comment ever (editor notes are never
 * pasted into the editor, {@code --notes} or not), its tables and wiki link read, only inline styles.
 */
class ObsidianSyntaxWechatTest {
    @TempDir Path dir;

    @ParameterizedTest(name = "notes={0}")
    @ValueSource(booleans = {false, true})
    void commentsNeverReachTheFragmentAndTablesAreRead(boolean notes) throws Exception {
        Path md = ObsidianDoc.write(dir);
        Inkstone.Result r = Inkstone.builder().formats(List.of("wechat")).output(dir.resolve("out")).editorNotes(notes)
                .home(Path.of("")).clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build().publish(md);
        assertTrue(r.succeeded(), r.failure());
        String raw = Files.readString(dir.resolve("out/obsidian.wechat.html"));
        for (String secret : ObsidianDoc.SECRETS) assertFalse(raw.contains(secret), secret);
        Element root = Jsoup.parseBodyFragment(raw).body();
        assertEquals(0, root.select("[class], [id], style, script").size(), "only inline styles");
        List<Element> tables = root.select("table");
        assertEquals(ObsidianDoc.TABLE_HEADS, tables.stream().map(t -> t.select("tr").first().text()).toList());
        assertEquals("横丙 横丁", tables.get(2).select("tr").get(1).text());
        assertTrue(tables.get(0).text().contains("Markdown 语法"), tables.get(0).text());
        assertFalse(raw.contains("基本格式语法\\"), "the backslash belongs to the separator");
        assertTrue(root.text().contains("正文开头") && root.text().contains("结尾段落。"));
    }
}
