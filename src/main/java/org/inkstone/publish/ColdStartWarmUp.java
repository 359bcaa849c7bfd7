package org.inkstone.publish;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.inkstone.transform.Transforms;
import org.jsoup.nodes.Element;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The first steps every build takes, taken once on a small sample in a background thread while the command line
 * is still being parsed (picocli's model of the commands costs a cold process about a third of a second): the
 * Markdown parser, the standard transforms and jsoup's serializer load and initialise their classes there
 * instead of on the build's path. A build {@link #await waits} for it before reading its input, so the two never
 * initialise the same classes at once. What it parses is thrown away; a failure only costs the head start.
 */
public final class ColdStartWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static final CountDownLatch DONE = new CountDownLatch(1);
    private static final String SAMPLE = """
            ---
            title: 样例
            ---
            # 标题 Heading

            正文**加粗**、*强调*、`code` 与 [链接](https://example.org)[^1]，English 与中文。

            - 列表
              1. 有序

            > 引用

            | 表 | 格 |
            |---|---|
            | a | b |

            ```java
            int x = 1;
            ```

            ![图](image.png)

            [^1]: 脚注。
            """;

    private ColdStartWarmUp() {}

    /** Starts the warm-up in a daemon thread, once per process; returns at once. */
    public static void begin() {
        if (!STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                Diagnostics thrownAway = new Diagnostics("warm-up.md");
                Document doc = new MarkdownReader().read(SAMPLE, "warm-up", thrownAway);
                doc = Transforms.run(doc, Transforms.standard(false));
                doc = Transforms.run(doc, java.util.List.of(Transforms.HAN_LATIN_SPACING));
                XhtmlWriter.serialize(XhtmlWriter.page(doc.metadata(), "", new Element("article")));
            } catch (Throwable ignored) {
                // only a head start: the build does the same work and reports any problem
            } finally {
                DONE.countDown();
            }
        }, "inkstone-warm-up");
        t.setDaemon(true);
        t.start();
    }

    /** Waits for a warm-up that was begun (at once when none was). */
    static void await() {
        if (!STARTED.get()) return;
        try {
            DONE.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
