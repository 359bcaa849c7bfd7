package org.inkstone.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inkstone build a.md b.md …}: the inputs build at once, and say what they did in the order they were named. */
class BatchCommandLineTest {
    @TempDir Path dir;
    @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aBatchReportsInputByInputInTheOrderGivenAndAFailureStopsNoOtherInput() throws Exception {
        List<String> args = new ArrayList<>(List.of("build"));
        for (int i = 1; i <= 6; i++) {
            Path md = dir.resolve("p" + i + ".md");
            // the longer ones first: were the messages printed as builds finish, the short ones would overtake them
            String body = "正文。\n\n".repeat(400 / i);
            Files.writeString(md, "# 第 " + i + " 篇\n\n" + body + "![缺](none" + i + ".png)\n", StandardCharsets.UTF_8);
            args.add(md.toString());
            if (i == 3) args.add(dir.resolve("nope.md").toString());
        }
        args.addAll(List.of("--to", "html,epub", "--out", dir.resolve("out").toString()));

        assertEquals(1, Main.run(args.toArray(String[]::new)), "one input failed");
        String out = console.out();
        String err = console.err();
        List<String> wrote = out.lines().toList();
        List<String> expectedWrote = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            expectedWrote.add("wrote " + dir.resolve("out/p" + i + ".html"));
            expectedWrote.add("wrote " + dir.resolve("out/p" + i + ".epub"));
        }
        assertEquals(expectedWrote, wrote);
        List<String> said = err.lines().toList();
        assertEquals(7, said.size(), err);
        for (int i = 1; i <= 6; i++) {
            String line = said.get(i <= 3 ? i - 1 : i);
            assertTrue(line.startsWith(dir.resolve("p" + i + ".md") + ":"), "input " + i + "'s warning in its place:\n" + err);
            assertTrue(line.contains("none" + i + ".png"), line);
        }
        assertTrue(said.get(3).startsWith(dir.resolve("nope.md") + ": error: no such file"), "the failure at its file:\n" + err);
        assertFalse(err.contains("\tat "), "no stack trace");

        console.reset();
        assertEquals(1, Main.run(args.toArray(String[]::new)));
        assertEquals(out, console.out(), "the same lines on a second run");
        assertEquals(err, console.err(), "the same messages on a second run");
    }
}
