package org.inkstone.render.html;

import org.inkstone.render.xhtml.NoteHomes;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The book's footnotes, written once and numbered through the book, shared out among its pages:
 * each note goes to the end of the page that first refers to it (a note referred to only from another
 * note follows that note; one referred to from nowhere goes to the last page), in a notes section like
 * the one the writer made, keeping its number ({@code <li value="7">}) so that a page's notes show
 * the numbers their references show.
 */
final class PageNotes {
    private PageNotes() {}

    /** @param notes the writer's notes section ({@code section.footnotes} with its {@code ol}), taken apart here */
    static void place(Element notes, List<WebPage> pages) {
        notes.remove();
        if (pages.isEmpty()) return;
        Map<WebPage, Element> lists = new IdentityHashMap<>();
        NoteHomes.of(new ArrayList<>(notes.select("> ol > li[id^=fn-]")), pages, WebPage::article).forEach((note, home) -> {
            Element list = lists.computeIfAbsent(home, page -> {
                Element section = new Element("section");
                section.attributes().addAll(notes.attributes());
                section.appendElement("hr");
                page.article().appendChild(section);
                return section.appendElement("ol");
            });
            String number = note.id().substring("fn-".length());
            if (number.chars().allMatch(Character::isDigit)) note.attr("value", number);
            list.appendChild(note);
        });
    }
}
