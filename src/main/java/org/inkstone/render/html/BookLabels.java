package org.inkstone.render.html;

import org.inkstone.render.LocalizedLabels;

/**
 * The words a web book adds around its chapters (the sidebar, the search box, the links to the
 * previous and next page), in Chinese for a Chinese book and in English otherwise, like
 * {@link LocalizedLabels}.
 */
record BookLabels(String contents, String search, String searchNone, String searchFound, String previous, String next,
                  String home, String start, String pager, String skip) {

    static BookLabels of(String language) {
        if (LocalizedLabels.of(language).chinese()) {
            return new BookLabels("目录", "搜索全书", "没有找到", "找到 {n} 处", "上一章", "下一章",
                    "首页", "开始阅读", "翻页", "跳到正文");
        }
        return new BookLabels("Contents", "Search the book", "Nothing found", "{n} found", "Previous", "Next",
                "Title page", "Start reading", "Pages", "Skip to the text");
    }
}
