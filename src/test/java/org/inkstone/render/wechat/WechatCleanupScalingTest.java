package org.inkstone.render.wechat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The cleanup runs in time proportional to the tree: 20,000 formulas in one paragraph take milliseconds. */
class WechatCleanupScalingTest {
    @Test
    void twentyThousandFormulasInOneParagraph() {
        Element article = new Element("article");
        Element p = article.appendElement("p");
        for (int i = 0; i < 20_000; i++) {
            p.appendElement("svg").attr("viewBox", "0 0 1 1").attr("class", "math")
                    .appendElement("path").attr("d", "M0 0").attr("data-x", "1");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> WechatCleanup.apply(article)); // before: minutes
        assertEquals(20_000, article.select("svg[viewBox]:not([class])").size(), "SVG attributes kept, class dropped");
        assertEquals(20_000, article.select("path[d]:not([data-x])").size(), "path keeps d, loses data-");
    }
}
