package org.inkstone.render.epub;

import java.util.Locale;

/** The words the EPUB adds itself (landmarks, page titles), in Chinese for Chinese books, else English. */
record BookLabels(boolean chinese) {

    static BookLabels of(String language) {
        return new BookLabels(language.toLowerCase(Locale.ROOT).startsWith("zh"));
    }

    String cover() { return chinese ? "封面" : "Cover"; }
    String titlePage() { return chinese ? "书名页" : "Title page"; }
    String contents() { return chinese ? "目录" : "Contents"; }
    String landmarks() { return chinese ? "导航" : "Landmarks"; }
    String start() { return chinese ? "正文" : "Start of text"; }
    String untitled(int n) { return chinese ? "第 " + n + " 节" : "Section " + n; }
    String taskDone() { return chinese ? "已完成" : "done"; }
    String taskOpen() { return chinese ? "未完成" : "not done"; }
    String coverAlt(String title) { return chinese ? "封面：" + title : "Cover: " + title; }

    String accessibilitySummary(boolean images) {
        return chinese
                ? "本书为可重排文本，带有目录和导航，阅读顺序与原文一致" + (images ? "；图片带有替代文字。" : "。")
                : "Reflowable text with a table of contents and navigation in reading order"
                + (images ? "; images carry text alternatives." : ".");
    }
}
