package org.inkstone.render.html;

import org.inkstone.model.BookLayout;
import org.jsoup.nodes.Element;

/**
 * One chapter's page of a web book while it is being made.
 *
 * @param file    the page's file, relative to the book's folder ({@code part1/green.html})
 * @param chapter where the chapter stands in the book
 * @param place   the chapter's index in the book's layout
 * @param article the chapter as written, {@code <article class="ink-document">}
 */
record WebPage(String file, BookLayout.Placed chapter, int place, Element article) {}
