package org.inkstone.render.xhtml;

import java.util.Locale;
import java.util.Map;

/** The few words the writer adds itself, in Chinese for Chinese documents and English otherwise. */
final class Labels {
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

    Labels(String language) {
        this.chinese = language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    String calloutTitle(String kind) {
        if (chinese && CALLOUTS_ZH.containsKey(kind)) return CALLOUTS_ZH.get(kind);
        return kind.isEmpty() ? "Note" : Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    String toc() { return chinese ? "目录" : "Contents"; }
    String reviewerNote() { return chinese ? "审阅批注" : "Reviewer note"; }
    String footnotes() { return chinese ? "注释" : "Notes"; }
    String backToText() { return chinese ? "返回正文" : "Back to text"; }

    String imageUnavailable(String what) {
        return chinese ? "图片无法显示：" + what : "Image unavailable: " + what;
    }
}
