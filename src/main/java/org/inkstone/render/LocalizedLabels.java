package org.inkstone.render;

import java.util.Locale;
import java.util.Map;

/**
 * The words the outputs add themselves (callout titles, contents, notes, labels for screen readers,
 * an EPUB's landmarks), in Chinese for a Chinese document ({@code lang: zh…}) and in English otherwise.
 */
public final class LocalizedLabels {
    private static final Map<String, String> CALLOUTS_ZH = Map.ofEntries(
            Map.entry("note", "备注"), Map.entry("abstract", "摘要"), Map.entry("summary", "摘要"), Map.entry("tldr", "摘要"),
            Map.entry("info", "信息"), Map.entry("todo", "待办"), Map.entry("tip", "提示"), Map.entry("hint", "提示"),
            Map.entry("important", "重要"), Map.entry("success", "成功"), Map.entry("check", "完成"), Map.entry("done", "完成"),
            Map.entry("question", "问题"), Map.entry("help", "帮助"), Map.entry("faq", "常见问题"),
            Map.entry("warning", "警告"), Map.entry("caution", "注意"), Map.entry("attention", "注意"),
            Map.entry("failure", "失败"), Map.entry("fail", "失败"), Map.entry("missing", "缺失"),
            Map.entry("danger", "危险"), Map.entry("error", "错误"), Map.entry("bug", "缺陷"),
            Map.entry("example", "示例"), Map.entry("quote", "引用"), Map.entry("cite", "引用"));

    private final boolean chinese;

    private LocalizedLabels(boolean chinese) {
        this.chinese = chinese;
    }

    /** The words for a document in {@code language} (its front matter's {@code lang}). */
    public static LocalizedLabels of(String language) {
        return new LocalizedLabels(language.toLowerCase(Locale.ROOT).startsWith("zh"));
    }

    public boolean chinese() { return chinese; }

    public String calloutTitle(String kind) {
        if (chinese && CALLOUTS_ZH.containsKey(kind)) return CALLOUTS_ZH.get(kind);
        return kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    public String contents() { return chinese ? "目录" : "Contents"; }
    public String reviewerNote() { return chinese ? "审阅批注" : "Reviewer note"; }
    public String footnotes() { return chinese ? "注释" : "Notes"; }
    public String backToText() { return chinese ? "返回正文" : "Back to text"; }
    public String references() { return chinese ? "参考链接" : "References"; }
    /** The mark of note {@code n} where a link cannot be followed (WeChat): 注1, or (1). */
    public String noteMark(String n) { return chinese ? "注" + n : "(" + n + ")"; }
    /** What separates a label from what follows it: a full-width colon in Chinese. */
    public String colon() { return chinese ? "：" : ": "; }
    /** The alternative text of an image that has none (a tagged PDF needs one). */
    public String image() { return chinese ? "图片" : "Image"; }
    public String taskDone() { return chinese ? "已完成" : "done"; }
    public String taskOpen() { return chinese ? "未完成" : "not done"; }

    /** The label over the title on the WeChat preview page: the title goes into the editor's title field, not the body. */
    public String wechatTitleField() {
        return chinese ? "标题（粘贴到公众号的标题栏）" : "Title (paste it into the editor's title field)";
    }

    public String imageUnavailable(String what) {
        return chinese ? "图片无法显示：" + what : "Image unavailable: " + what;
    }

    // An EPUB's landmarks and page titles.
    public String cover() { return chinese ? "封面" : "Cover"; }
    public String landmarks() { return chinese ? "导航" : "Landmarks"; }
    public String start() { return chinese ? "正文" : "Start of text"; }
    public String untitled(int n) { return chinese ? "第 " + n + " 节" : "Section " + n; }
    public String coverAlt(String title) { return chinese ? "封面：" + title : "Cover: " + title; }

    public String accessibilitySummary(boolean images) {
        return chinese
                ? "本书为可重排文本，带有目录和导航，阅读顺序与原文一致" + (images ? "；图片带有替代文字。" : "。")
                : "Reflowable text with a table of contents and navigation in reading order"
                + (images ? "; images carry text alternatives." : ".");
    }
}
