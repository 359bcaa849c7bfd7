package org.inkstone.highlight;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language the issue lists: the expected token kinds appear, and the text is the source, byte for byte. */
class CodeHighlighterTest {
    private static final CodeHighlighter HIGHLIGHTER = new CodeHighlighter();

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("java", "// 问候\npublic class Hello {\n    String s = \"你好\";\n    int n = 42;\n}\n",
                        Map.of("comment", "// 问候", "keyword", "public", "string", "\"你好\"", "number", "42")),
                Arguments.of("kotlin", "// 注释\nfun main() {\n    val name = \"世界\"\n    println(\"Hi $name\")\n}\n",
                        Map.of("comment", "// 注释", "keyword", "fun", "string", "\"世界\"")),
                Arguments.of("python", "# 注释\ndef greet(name: str) -> str:\n    return f\"你好，{name}\" if name else 'x'\n",
                        Map.of("comment", "# 注释", "keyword", "def", "string", "'x'")),
                Arguments.of("javascript", "// 注释\nconst n = 3;\nfunction hi(a) { return `值 ${a}` + 'x'; }\n",
                        Map.of("comment", "// 注释", "keyword", "const", "string", "'x'", "number", "3")),
                Arguments.of("typescript", "// 注释\ninterface User { name: string }\nconst u: User = { name: '甲' };\n",
                        Map.of("comment", "// 注释", "keyword", "interface", "builtin", "string", "string", "'甲'")),
                Arguments.of("json", "{\n  \"name\": \"墨\",\n  \"count\": 2,\n  \"ok\": true\n}\n",
                        Map.of("property", "\"name\"", "string", "\"墨\"", "number", "2", "boolean", "true")),
                Arguments.of("yaml", "# 注释\ntitle: 标题\nlist:\n  - 1\n  - \"two\"\n",
                        Map.of("comment", "# 注释", "key atrule", "title", "string", "\"two\"")),
                Arguments.of("html", "<!-- 注释 -->\n<p class=\"lead\">段落</p>\n",
                        Map.of("comment", "<!-- 注释 -->", "attr-name", "class", "attr-value", "\"lead\"")),
                Arguments.of("xml", "<?xml version=\"1.0\"?>\n<root a=\"1\"><!-- c --></root>\n",
                        Map.of("comment", "<!-- c -->", "attr-name", "a", "prolog", "<?xml version=\"1.0\"?>")),
                Arguments.of("css", "/* 注释 */\n.ink p { color: #b5452a; margin: 0 !important; }\n",
                        Map.of("comment", "/* 注释 */", "selector", ".ink p", "property", "color", "important", "!important")),
                Arguments.of("sql", "-- 注释\nSELECT name FROM users WHERE id = 7 AND note = '好';\n",
                        Map.of("comment", "-- 注释", "keyword", "SELECT", "string", "'好'", "number", "7")),
                Arguments.of("go", "// 注释\npackage main\nfunc main() { s := \"你好\"; n := 1 }\n",
                        Map.of("comment", "// 注释", "keyword", "func", "string", "\"你好\"", "number", "1")),
                Arguments.of("rust", "// 注释\n#[derive(Debug)]\nfn main() {\n    let s: String = \"你好\".to_string();\n    println!(\"{}\", s);\n}\n",
                        Map.of("comment", "// 注释", "keyword", "fn", "string", "\"你好\"", "macro property", "println!",
                                "attribute attr-name", "#[derive(Debug)]")),
                Arguments.of("c", "/* 注释 */\n#include <stdio.h>\nint main(void) { printf(\"hi\\n\"); return 0; }\n",
                        Map.of("comment", "/* 注释 */", "keyword", "int", "string", "\"hi\\n\"", "number", "0")),
                Arguments.of("cpp", "// 注释\nclass A { public: virtual ~A() = default; };\nauto s = \"x\";\n",
                        Map.of("comment", "// 注释", "keyword", "class", "string", "\"x\"")),
                Arguments.of("csharp", "// 注释\nusing System;\nclass P { static void Main() { var s = \"你好\"; } }\n",
                        Map.of("comment", "// 注释", "keyword", "using", "string", "\"你好\"")),
                Arguments.of("bash", "#!/bin/bash\n# 注释\nfor f in *.md; do\n  echo \"构建 $f\" && mvn -q package\ndone\n",
                        Map.of("comment", "# 注释", "keyword", "for", "string", "\"构建 $f\"", "function", "mvn",
                                "builtin class-name", "echo", "variable", "$f")),
                Arguments.of("markdown", "# 标题\n\n**粗体** 与 `代码`\n",
                        Map.of("title important", "# 标题", "bold", "**粗体**", "code keyword", "`代码`")),
                Arguments.of("diff", "--- a/x\n+++ b/x\n@@ -1 +1 @@\n-旧的\n+新的\n",
                        Map.of("coord", "@@ -1 +1 @@", "deleted", "-旧的", "inserted", "+新的")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void expectedTokensAndExactText(String language, String source, Map<String, String> expected) {
        assertTrue(HIGHLIGHTER.knows(language), language + " has a grammar");
        List<CodeToken> tokens = HIGHLIGHTER.highlight(language, source);
        assertEquals(source, tokens.stream().map(CodeToken::text).collect(Collectors.joining()), "text is the source");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            for (String kind : e.getKey().split(" ")) {
                assertTrue(runsIn(tokens, kind).stream().anyMatch(run -> run.contains(e.getValue())),
                        language + ": no " + kind + " token with " + e.getValue() + " in " + tokens);
            }
        }
    }

    /** The texts of the maximal runs of tokens that lie in a token of this kind. */
    private static List<String> runsIn(List<CodeToken> tokens, String kind) {
        List<String> runs = new java.util.ArrayList<>();
        StringBuilder run = null;
        for (CodeToken t : tokens) {
            if (t.in(kind)) {
                if (run == null) run = new StringBuilder();
                run.append(t.text());
            } else if (run != null) {
                runs.add(run.toString());
                run = null;
            }
        }
        if (run != null) runs.add(run.toString());
        return runs;
    }

    @Test
    void aliasesAuthorsWrite() {
        for (String alias : List.of("sh", "shell", "zsh", "ts", "py", "js", "yml", "kt", "rs", "c++", "cs", "golang", "md", "patch", "xml", "html", "JSON"))
            assertTrue(HIGHLIGHTER.knows(alias), alias);
    }

    @Test
    void unknownLanguagesAndTextStayPlain() {
        for (String lang : List.of("", "text", "plaintext", "mermaid", "no-such-language")) {
            List<CodeToken> tokens = HIGHLIGHTER.highlight(lang, "public class X {}\n");
            assertEquals(List.of(new CodeToken("public class X {}\n", List.of())), tokens, lang);
        }
    }

    @Test
    void theSameBlockIsTokenisedOnce() {
        CodeHighlighter h = new CodeHighlighter();
        String code = "int x = 1;\n";
        h.highlight("java", code);
        h.highlight("java", code);
        h.highlight("JAVA", code);
        assertEquals(1, h.tokenisations());
        h.highlight("java", code + " ");
        assertEquals(2, h.tokenisations());
    }

    @Test
    void aWarmedBlockIsServedFromTheCacheAndWarmingNeverPushesABlockOut() {
        CodeHighlighter h = new CodeHighlighter();
        CodeHighlighter worker = new CodeHighlighter();
        String code = "const a = `x ${b}`; // c";
        h.warm("js", code, worker);
        assertEquals(1, worker.tokenisations(), "the worker tokenises");
        assertEquals(new CodeHighlighter().highlight("javascript", code), h.highlight("javascript", code));
        assertEquals(0, h.tokenisations(), "served as warmed");
        h.warm("js", code, worker);
        assertEquals(1, worker.tokenisations(), "warmed once");

        CodeHighlighter full = new CodeHighlighter();
        for (int i = 0; i < CodeHighlighter.CACHE_ENTRIES; i++) full.highlight("text", "line " + i);
        CodeHighlighter idle = new CodeHighlighter();
        full.warm("js", code, idle);
        assertEquals(0, idle.tokenisations(), "no room: not warmed");
        full.highlight("js", code);
        assertEquals(1, full.tokenisations());
    }

    @Test
    void aBlockTheGrammarFailsOnIsLeftForTheWriter() {
        CodeHighlighter h = FailingHighlighter.failingOn("broken", () -> new IllegalStateException("bad grammar"));
        h.warm("broken", "x", FailingHighlighter.failingOn("broken", () -> new IllegalStateException("bad grammar")));
        assertThrows(IllegalStateException.class, () -> h.highlight("broken", "x"), "the writer still sees the failure");
    }

    @Test
    void blocksWarmedOnSeveralThreadsAtOnceAreTheTokensOfOneThread() throws Exception {
        List<String> blocks = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            blocks.add("<div id=\"d" + i + "\"><script>let n = " + i + ";</script><style>p { margin: " + i + "px }</style></div>");
            blocks.add("const f" + i + " = (a, b) => `${a}${b}` + /x" + i + "/g.source; // 注释");
            blocks.add(".c" + i + ":hover > a[href^=\"http\"] { color: #" + (100 + i) + " }");
        }
        List<String> languages = List.of("html", "js", "css");
        CodeHighlighter shared = new CodeHighlighter();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            int offset = t;
            threads[t] = new Thread(() -> {
                CodeHighlighter own = new CodeHighlighter();
                for (int i = 0; i < blocks.size(); i++) {
                    int k = (i + offset * 97) % blocks.size(); // each thread in its own order
                    shared.warm(languages.get(k % 3), blocks.get(k), own);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        CodeHighlighter alone = new CodeHighlighter();
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(alone.highlight(languages.get(i % 3), blocks.get(i)), shared.highlight(languages.get(i % 3), blocks.get(i)));
        }
        assertEquals(0, shared.tokenisations(), "every block was warmed");
    }

    @Test
    void noTokenIsEmptyAndNeighboursDiffer() {
        List<CodeToken> tokens = HIGHLIGHTER.highlight("java", "public static void main() { int a = 1 + 2; }");
        for (int i = 0; i < tokens.size(); i++) {
            assertFalse(tokens.get(i).text().isEmpty());
            if (i > 0) assertFalse(tokens.get(i).kinds().equals(tokens.get(i - 1).kinds()), "merged: " + tokens);
        }
        Set<String> kinds = tokens.stream().flatMap(t -> t.kinds().stream()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("keyword", "number", "operator", "punctuation")), kinds.toString());
    }

    /**
     * prism4j's markup grammar (with the script and style tokens CSS and JavaScript add, which
     * markdown copies) failed on an element with an empty body: "Number of entry nodes is greater
     * than the text length". Each block highlights, whichever language was asked for first.
     */
    @Test
    void scriptAndStyleElementsWithEmptyBodiesHighlight() {
        List<String> blocks = List.of(
                "<script type=\"module\" src=\"./foo.js\"></script>",
                "<script></script>",
                "<script src=x></script>",
                "<style></style>",
                "<STYLE media=\"print\"></STYLE>",
                "<head>\n  <style></style>\n  <script src=\"a.js\"></script>\n  <script>let n = 1;</script>\n</head>",
                "<script src=\"a.js\"></script>\n<style>p { color: red; }</style>\n<script></script>");
        for (List<String> order : List.of(List.of("html", "markdown"), List.of("markdown", "html"),
                List.of("css", "xml"), List.of("javascript", "svg"))) {
            CodeHighlighter h = new CodeHighlighter();
            for (String language : order) {
                for (String code : blocks) {
                    List<CodeToken> tokens = h.highlight(language, code);
                    assertEquals(code, tokens.stream().map(CodeToken::text).collect(Collectors.joining()), order + " " + language);
                    if (!language.equals("css") && !language.equals("javascript")) {
                        assertTrue(runsIn(tokens, "tag").stream().anyMatch(r -> r.contains("</script>") || r.contains("</style>")
                                || r.contains("</STYLE>")), language + ": closing tag is a tag in " + tokens);
                    }
                }
            }
            List<CodeToken> mixed = h.highlight("html", blocks.get(5));
            assertEquals(List.of("let n = 1;"), runsIn(mixed, "script"), "the script's body, and only it, is JavaScript");
            assertTrue(runsIn(mixed, "keyword").contains("let"));
            List<CodeToken> styled = h.highlight("html", blocks.get(6));
            assertEquals(List.of("p { color: red; }"), runsIn(styled, "style"), "the style's body, and only it, is CSS");
            assertTrue(runsIn(styled, "property").contains("color"));
        }
    }
}
