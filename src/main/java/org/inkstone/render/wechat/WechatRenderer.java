package org.inkstone.render.wechat;

import org.inkstone.model.Metadata;
import org.inkstone.render.OutputSink;
import org.inkstone.render.RenderContext;
import org.inkstone.render.RenderOptions;
import org.inkstone.render.Renderer;
import org.inkstone.render.ThemeColours;
import org.inkstone.render.wechat.css.CssInliner;
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
    private static final String DEFAULT_FONT_SIZE = "16px";

    @Override
    public String format() {
        return "wechat";
    }

    @Override
    public boolean spacesHanAndLatinByDefault() {
        return true;
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
        String fontSize = fontSize(ctx);
        Element article = XhtmlWriter.forOutput(new WechatImages(ctx), ctx, Float.parseFloat(fontSize.replace("px", "")),
                WechatPreviewPage.CONTENT_WIDTH_PX).article(ctx.document());
        org.jsoup.nodes.Document page = XhtmlWriter.page(meta, "", article);
        article.addClass("ink");
        new WechatStructure(meta.language()).apply(article);
        new CssInliner(ctx.diagnostics()).inline(page, variables(fontSize) + ThemeColours.of(ctx).css(ctx.theme().css("wechat")));
        Element root = WechatCleanup.apply(article);
        page.outputSettings(new OutputSettings().syntax(OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8).prettyPrint(false));
        return root.outerHtml();
    }

    /** {@code :root} variables for the theme's CSS ({@code var(--accent)} is resolved by {@link ThemeColours}). */
    private static String variables(String fontSize) {
        return ":root { --font-size: " + fontSize + "; }\n";
    }

    /** The body text size: the option (command line, then front matter), else the theme's, else 16px. */
    private static String fontSize(RenderContext ctx) {
        RenderOptions o = ctx.options();
        String fallback = ctx.theme().properties().getOrDefault("wechat-font-size", DEFAULT_FONT_SIZE);
        String size = o.fontSize();
        if (size.isEmpty()) {
            size = fallback;
        } else if (RenderOptions.fontSizeProblem(size) != null) {
            // the command line refuses a bad --font-size, so a bad one here came from the front matter
            ctx.diagnostics().warn(ctx.diagnostics().source().frontMatterLineOf("font-size"),
                    RenderOptions.fontSizeProblem(size) + "; using the theme's " + fallback);
            size = fallback;
        }
        return RenderOptions.fontSizeProblem(size) == null ? size : DEFAULT_FONT_SIZE;
    }
}
