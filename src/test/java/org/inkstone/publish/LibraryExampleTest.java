package org.inkstone.publish;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's Java example compiles against the library and builds the example, as written (only its output folder moved). */
class LibraryExampleTest {
    private static final Pattern EXAMPLE = Pattern.compile("<!-- library-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndBuildsTheExampleArticle(@TempDir Path dir) throws Exception {
        Matcher m = EXAMPLE.matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README.md has the library example");
        Path out = dir.resolve("out");
        String body = m.group(1).replace("Path.of(\"out\")", "Path.of(\"" + out.toString().replace("\\", "\\\\") + "\")");
        String source = """
                import java.nio.file.Path;
                import org.inkstone.options.*;
                import org.inkstone.publish.Inkstone;
                import org.inkstone.theme.Colour;

                public class ReadmeExample {
                    public static void main(String[] args) {
                %s
                    }
                }
                """.formatted(body);
        Path src = dir.resolve("ReadmeExample.java");
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        int status = javac.run(null, null, errors, "-d", dir.toString(), "-cp", classpath, src.toString());
        assertEquals(0, status, "the README example compiles: " + errors.toString(StandardCharsets.UTF_8));

        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeExample").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("wrote "), printed.toString(StandardCharsets.UTF_8));
        for (String file : new String[] {"article.pdf", "article.epub", "article.wechat.html", "article.wechat.preview.html"}) {
            assertTrue(Files.size(out.resolve(file)) > 1000, file);
        }
        assertTrue(Files.readString(out.resolve("article.wechat.html")).contains("#0066cc"), "the accent reached the WeChat styles");
    }
}
