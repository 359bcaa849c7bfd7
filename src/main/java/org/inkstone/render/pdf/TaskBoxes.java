package org.inkstone.render.pdf;

import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

/**
 * A task list's checkbox becomes a box drawn by print.css, with a tick when done (a form field
 * would bring a built-in PDF font), labelled for screen readers.
 */
final class TaskBoxes {
    private TaskBoxes() {}

    static void apply(Element article, LocalizedLabels labels) {
        for (Element box : article.select("input[type=checkbox]")) {
            boolean done = box.hasAttr("checked");
            box.replaceWith(new Element("span").addClass("task-box").addClass(done ? "task-box-done" : "task-box-open")
                    .attr("role", "img").attr("aria-label", done ? labels.taskDone() : labels.taskOpen()).text(done ? "✓" : ""));
        }
    }
}
