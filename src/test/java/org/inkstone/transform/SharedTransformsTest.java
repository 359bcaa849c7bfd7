package org.inkstone.transform;

import org.inkstone.TestDocs;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.Heading;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One build keeps one list of standard transforms and runs it on a book's chapters from several threads at once
 * (BookReader reads them in parallel): a chapter's heading ids must not depend on the chapters read beside it.
 */
class SharedTransformsTest {
    @Test
    void headingIdsOfDocumentsTransformedAtOnceAreThoseOfEachAlone() throws Exception {
        List<Transform> shared = Transforms.standard(false);
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < 300; i++) md.append("## 小结\n\n正文。\n\n");
        List<String> expected = new ArrayList<>(List.of("小结"));
        for (int i = 1; i < 300; i++) expected.add("小结-" + i);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 4 * threads; t++) {
                results.add(pool.submit(() -> {
                    Document doc = TestDocs.parse(md.toString(), new Diagnostics("chapter.md"));
                    start.await();
                    return ids(Transforms.run(doc, shared));
                }));
            }
            start.countDown();
            for (Future<List<String>> r : results) assertEquals(expected, r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<String> ids(Document d) {
        List<String> ids = new ArrayList<>();
        for (Block b : d.blocks()) if (b instanceof Heading h) ids.add(h.id());
        return ids;
    }
}
