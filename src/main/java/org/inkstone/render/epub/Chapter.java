package org.inkstone.render.epub;

import org.inkstone.model.Outline;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * One chapter file of the book.
 *
 * @param fileName {@code chapter-001.xhtml} …, ASCII whatever the heading says
 * @param title    the text of its first heading, "" when it starts without one
 * @param body     {@code <section class="ink-document chapter">} holding its blocks and, at the end, its footnotes
 * @param headings the outline's entries of the headings it holds, in order, each with the id its element carries
 * @param firstBlock the index of the document's top-level block it starts with
 */
record Chapter(String fileName, String title, Element body, List<Outline.Entry> headings, int firstBlock) {}
