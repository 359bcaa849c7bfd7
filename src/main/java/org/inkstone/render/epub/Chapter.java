package org.inkstone.render.epub;

import org.jsoup.nodes.Element;

/**
 * One chapter file of the book.
 *
 * @param fileName {@code chapter-001.xhtml} …, ASCII whatever the heading says
 * @param title    the text of its first heading, "" when it starts without one
 * @param body     {@code <section class="ink-document chapter">} holding its blocks and, at the end, its footnotes
 */
record Chapter(String fileName, String title, Element body) {}
