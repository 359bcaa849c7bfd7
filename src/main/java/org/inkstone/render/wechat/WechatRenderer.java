package org.inkstone.render.wechat;

import org.inkstone.model.Metadata;
import org.inkstone.render.OutputSink;
import org.inkstone.render.RenderContext;
import org.inkstone.options.FontSize;
import org.inkstone.render.Renderer;
import org.inkstone.theme.ThemeColours;
import org.inkstone.render.wechat.css.CssInliner;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.nio.charset.StandardCharsets;

/**
 * {@code --to wechat}: the fragment to paste into the Official Account editor
 * ({@code <stem>.wechat.html}, one root {@code <section>} with every style inline) and a preview
 * page with a copy button ({@code <stem>.wechat.preview.html}).
 *
 * <p>Steps: shared XHTML writer (images resolved for WeChat) → WeChat reshaping (markers, code
 * lines, references, notes) → theme CSS, in the chosen accent ({@link ThemeColours}), inlined with
 * {@code --font-size} as a variable → cleanup to what the editor keeps → serialised as plain HTML
 * ({@code <br>}, {@code &nbsp;}), which is what the editor's paste handler reads.
 */
public final class WechatRenderer implements Renderer {
    /** A book becomes a series of articles, one per chapter: WeChat publishes articles, not books. */
    @Override
    public boolean chapterByChapter() {
        return true;
    }

    @Override
    public String format() {
        return "wechat";
    }

    @Override
    public void render(RenderContext ctx, OutputSink sink) {
        String fragment = fragment(ctx);
        Metadata meta = ctx.document().metadata();
        sink.write(ctx.stem() + ".wechat.html", (fragment + "\n").getBytes(StandardCharsets.UTF_8));
        sink.write(ctx.stem() + ".wechat.preview.html",
                WechatPreviewPage.page(meta.title(), meta.language(), fragment).getBytes(StandardCharsets.UTF_8));
    }

    /** The inline-styled fragment: one root {@code <section>}. */
    public String fragment(RenderContext ctx) {
        Metadata meta = ctx.document().metadata();
        FontSize fontSize = ctx.options().wechat().fontSize();
        Element article = new XhtmlWriter(new WechatImages(ctx), ctx.diagnostics(),
                XhtmlSettings.forOutput(ctx, fontSize.px(), WechatPreviewPage.CONTENT_WIDTH_PX).titleShown(false).build())
                .article(ctx.document());
        org.jsoup.nodes.Document page = XhtmlWriter.page(meta, "", article);
        article.addClass("ink");
        new WechatStructure(meta.language()).apply(article);
        new CssInliner(ctx.diagnostics()).inline(page, variables(fontSize) + ctx.options().colours().css(ctx.theme().css("wechat")));
        Element root = WechatCleanup.apply(article);
        page.outputSettings(new OutputSettings().syntax(OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8).prettyPrint(false));
        return root.outerHtml();
    }

    /** {@code :root} variables for the theme's CSS ({@code var(--accent)} is resolved by {@link ThemeColours}). */
    private static String variables(FontSize fontSize) {
        return ":root { --font-size: " + fontSize.css() + "; }\n";
    }
}
