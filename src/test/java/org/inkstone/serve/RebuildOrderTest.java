package org.inkstone.serve;

import org.inkstone.publish.Inkstone;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The format the workspace shows is rebuilt first; the others keep their order. */
class RebuildOrderTest {
    @Test
    void theViewedFormatComesFirst() {
        Map<String, Inkstone> formats = new LinkedHashMap<>();
        for (String f : List.of("wechat", "html", "epub", "pdf")) formats.put(f, null);
        Rebuilder rebuilder = new Rebuilder(Path.of("a.md"), Path.of("work"), formats, null, null, e -> {});
        assertEquals(List.of("wechat", "html", "epub", "pdf"), rebuilder.order(), "nothing viewed yet: cheap first");
        rebuilder.viewing("pdf");
        assertEquals(List.of("pdf", "wechat", "html", "epub"), rebuilder.order());
        rebuilder.viewing("nonsense");
        assertEquals(List.of("pdf", "wechat", "html", "epub"), rebuilder.order(), "an unknown name changes nothing");
    }
}
