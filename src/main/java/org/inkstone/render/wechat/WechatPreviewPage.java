package org.inkstone.render.wechat;

import org.inkstone.render.LocalizedLabels;

import java.util.Locale;

/**
 * The page that goes with a WeChat fragment: it shows the fragment the way the Official Account
 * editor will (a 677 px content column, the editor's default text style) and copies it with one
 * click, so the author only has to paste.
 *
 * <p>The page is standalone (no external resources, no network). The fragment appears twice: once
 * verbatim inside {@code <div id="wechat-fragment">} for the reader to see, and once as a JSON
 * string in {@code <script type="application/json" id="wechat-source">}. The copy button puts
 * that string on the clipboard, never the DOM's re-serialisation of the visible copy, so the HTML
 * that reaches the editor is byte for byte the fragment the renderer wrote, and none of the page
 * around it. The title is not in the fragment (the editor has a title field for it): the page shows
 * it above the fragment's column, labelled in the document's language as the text for that field
 * (one click selects it).
 *
 * <p>Copying tries {@code navigator.clipboard.write} with a {@code ClipboardItem} holding
 * {@code text/html} and {@code text/plain}; when {@code ClipboardItem} is missing or the write is
 * refused, it selects the fragment and runs {@code document.execCommand('copy')}, with a one-shot
 * {@code copy} listener that sets the same two types. The outcome is shown in a status line and
 * kept in {@code window.__inkstoneCopyResult} ({@code 'clipboard'}, {@code 'execCommand'} or
 * {@code 'failed'}; {@code null} until the button is clicked) for tests.
 */
final class WechatPreviewPage {

    /** The width of the editor's content column, and of the preview's. */
    public static final int CONTENT_WIDTH_PX = 677;

    private WechatPreviewPage() {}

    /**
     * The preview page for one fragment.
     *
     * @param title    the article title (shown in the header and, labelled for the editor's title field,
     *                 above the fragment; not part of the fragment)
     * @param language the document language, e.g. {@code zh-Hans}; blank means {@code zh-Hans}
     * @param fragment the inline-styled fragment, a single root {@code <section>}, inserted verbatim
     */
    static String page(String title, String language, String fragment) {
        String t = title == null || title.isBlank() ? "未命名文章" : title.strip();
        String lang = language == null || language.isBlank() ? "zh-Hans" : language.strip();
        String f = fragment == null ? "" : fragment;
        StringBuilder out = new StringBuilder(f.length() * 2 + 8192);
        out.append("<!DOCTYPE html>\n")
           .append("<html lang=\"").append(escape(lang)).append("\">\n")
           .append("<head>\n")
           .append("<meta charset=\"utf-8\">\n")
           .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
           .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
           .append("<title>").append(escape(t)).append(" · 公众号预览</title>\n")
           .append("<style>\n").append(CSS).append("</style>\n")
           .append("</head>\n")
           .append("<body>\n")
           .append("<header class=\"ink-bar\">\n")
           .append("  <span class=\"ink-brand\">公众号预览</span>\n")
           .append("  <span class=\"ink-bar-title\">").append(escape(t)).append("</span>\n")
           .append("  <button id=\"copy-button\" class=\"ink-copy\" type=\"button\">复制到公众号</button>\n")
           .append("</header>\n")
           .append("<main class=\"ink-main\">\n")
           .append("  <div class=\"ink-panel\">\n")
           .append("    <p class=\"ink-hint\">点击“复制到公众号”，再到公众号后台的图文编辑器里，把光标放进正文，按 Ctrl+V（Mac 上 ⌘V）粘贴。")
           .append("标题请填在编辑器的标题栏里，它不随正文复制。本地图片粘贴后若显示不出来，请在编辑器里重新上传。</p>\n")
           .append("    <p id=\"copy-status\" class=\"ink-status\" role=\"status\" aria-live=\"polite\">尚未复制。</p>\n")
           .append("  </div>\n")
           .append("  <article class=\"ink-sheet\" aria-label=\"正文预览\">\n")
           .append("    <div class=\"ink-title-field\">\n")
           .append("      <p class=\"ink-title-label\">").append(escape(LocalizedLabels.of(lang).wechatTitleField())).append("</p>\n")
           .append("      <h1 class=\"ink-article-title\">").append(escape(t)).append("</h1>\n")
           .append("    </div>\n")
           .append("    <div id=\"wechat-fragment\">").append(f).append("</div>\n")
           .append("  </article>\n")
           .append("</main>\n")
           .append("<script type=\"application/json\" id=\"wechat-source\">").append(jsonString(f)).append("</script>\n")
           .append("<script>\n").append(SCRIPT).append("</script>\n")
           .append("</body>\n")
           .append("</html>\n");
        return out.toString();
    }

    /**
     * {@code s} as a JSON string literal that is also safe inside any HTML {@code <script>}
     * element: {@code <}, {@code >} and {@code &} are escaped, so neither {@code </script>} nor
     * {@code <!--} can end or confuse the element, and U+2028/U+2029 and every surrogate are
     * escaped, so the literal is valid JavaScript and survives UTF-8 encoding even when a
     * surrogate is unpaired.
     */
    static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<', '>', '&', '\'', '\u2028', '\u2029' -> unicode(b, c);
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) unicode(b, c);
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static void unicode(StringBuilder b, char c) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /*
     * The page chrome is styled by class only (every class starts with "ink-"), so nothing here
     * reaches inside the fragment except what #wechat-fragment sets on purpose: the editor's own
     * defaults for body text, which the fragment inherits there too.
     */
    private static final String CSS = """
            html { background: #ededed; }
            body { margin: 0; background: #ededed; color: #1f2329;
              font-family: -apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei UI", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", Arial, sans-serif; }
            .ink-bar { position: sticky; top: 0; z-index: 10; display: flex; align-items: center; gap: 16px;
              padding: 10px 24px; background: #2e3033; color: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
            .ink-brand { flex: none; padding: 2px 8px; border-radius: 4px; background: #07c160; color: #fff;
              font-size: 13px; font-weight: 600; letter-spacing: .05em; }
            .ink-bar-title { flex: 1; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
              font-size: 15px; opacity: .92; }
            .ink-copy { flex: none; padding: 9px 22px; border: 0; border-radius: 6px; background: #07c160; color: #fff;
              font: inherit; font-size: 15px; font-weight: 600; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
            .ink-copy:hover { background: #06ad56; }
            .ink-copy:active { background: #059b4c; }
            .ink-copy:focus-visible { outline: 3px solid #9be8bd; outline-offset: 2px; }
            .ink-main { box-sizing: border-box; width: 727px; max-width: 100%; margin: 0 auto; padding: 20px 0 48px; }
            .ink-panel { margin: 0 0 16px; padding: 12px 16px; border-radius: 6px; background: #fff;
              border: 1px solid #e1e1e1; font-size: 14px; line-height: 1.7; }
            .ink-hint { margin: 0; color: #5c6066; }
            .ink-status { margin: 6px 0 0; font-weight: 600; color: #888; }
            .ink-status.ink-ok { color: #07a14f; }
            .ink-status.ink-failed { color: #d93025; }
            .ink-sheet { box-sizing: border-box; padding: 32px 24px 48px; background: #fff;
              border: 1px solid #e1e1e1; border-radius: 2px; box-shadow: 0 1px 6px rgba(0,0,0,.06); }
            .ink-title-field { width: 677px; max-width: 100%; margin: 0 auto 20px; padding: 0 0 14px;
              border-bottom: 1px dashed #e1e1e1; }
            .ink-title-label { margin: 0 0 4px; font-size: 13px; color: #888; }
            .ink-article-title { margin: 0; font-size: 22px; line-height: 1.4; font-weight: 500; color: rgba(0,0,0,.9);
              -webkit-user-select: all; user-select: all; }
            #wechat-fragment { box-sizing: border-box; width: 677px; max-width: 100%; margin: 0 auto; overflow-wrap: break-word;
              font-size: 17px; line-height: 1.6; letter-spacing: .034em; text-align: justify; color: rgba(0,0,0,.9);
              font-family: -apple-system, BlinkMacSystemFont, "Helvetica Neue", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei UI", "Microsoft YaHei", Arial, sans-serif; }
            #wechat-fragment img { max-width: 100%; height: auto; }
            @media (max-width: 760px) { .ink-main { padding: 12px 8px 32px; } .ink-sheet { padding: 20px 12px 32px; } }
            """;

    private static final String SCRIPT = """
            (function () {
              'use strict';
              var source = JSON.parse(document.getElementById('wechat-source').textContent);
              var fragment = document.getElementById('wechat-fragment');
              var button = document.getElementById('copy-button');
              var status = document.getElementById('copy-status');
              window.__inkstoneCopyResult = null;

              function report(result, message) {
                window.__inkstoneCopyResult = result;
                status.textContent = message;
                status.className = 'ink-status ' + (result === 'failed' ? 'ink-failed' : 'ink-ok');
                button.disabled = false;
              }

              function reason(error) {
                if (!error) return '未知原因。';
                var text = error.name === 'NotAllowedError' ? '浏览器不允许网页写入剪贴板。' : String(error.message || error);
                return /[。.！!]$/.test(text) ? text : text + '。';
              }

              function selectFragment() {
                var range = document.createRange();
                range.selectNodeContents(fragment);
                var selection = window.getSelection();
                selection.removeAllRanges();
                selection.addRange(range);
              }

              // The old way: select the fragment and copy, setting both types ourselves in a one-shot listener.
              function copyWithExecCommand(html, text) {
                var handled = false;
                function onCopy(e) {
                  document.removeEventListener('copy', onCopy, true);
                  if (!e.clipboardData) return;
                  e.clipboardData.setData('text/html', html);
                  e.clipboardData.setData('text/plain', text);
                  e.preventDefault();
                  handled = true;
                }
                document.addEventListener('copy', onCopy, true);
                selectFragment();
                var ok = false;
                try {
                  ok = document.execCommand('copy');
                } catch (err) {
                  ok = false;
                } finally {
                  document.removeEventListener('copy', onCopy, true);
                }
                if (ok && handled) window.getSelection().removeAllRanges();
                return ok && handled;
              }

              function fallback(html, text, why) {
                if (copyWithExecCommand(html, text)) {
                  report('execCommand', '已复制，可以粘贴到公众号编辑器。');
                } else {
                  selectFragment();
                  report('failed', '复制失败：' + why + '正文已选中，请手动复制（Ctrl+C，Mac 上 ⌘C）；'
                      + '若选区不全，请在正文里点一下后手动全选复制。');
                }
              }

              function copy() {
                var html = source;
                var text = fragment.innerText;
                window.__inkstoneCopyResult = null;
                button.disabled = true;
                status.className = 'ink-status';
                status.textContent = '正在复制……';
                if (typeof window.ClipboardItem !== 'function' || !navigator.clipboard || typeof navigator.clipboard.write !== 'function') {
                  fallback(html, text, '浏览器不支持 ClipboardItem。');
                  return;
                }
                var written;
                try {
                  written = navigator.clipboard.write([new ClipboardItem({
                    'text/html': new Blob([html], { type: 'text/html' }),
                    'text/plain': new Blob([text], { type: 'text/plain' })
                  })]);
                } catch (err) {
                  fallback(html, text, reason(err));
                  return;
                }
                Promise.resolve(written).then(function () {
                  report('clipboard', '已复制，可以粘贴到公众号编辑器。');
                }, function (err) {
                  fallback(html, text, reason(err));
                });
              }

              button.addEventListener('click', copy);
            })();
            """;
}
