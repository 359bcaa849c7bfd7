package org.inkstone.render.html;

import org.inkstone.asset.AssetResolver;
import org.inkstone.render.OutputSink;
import org.inkstone.render.RenderContext;
import org.inkstone.render.Renderer;
import org.inkstone.render.xhtml.ImageResolver;
import org.inkstone.render.xhtml.XhtmlSettings;
import org.inkstone.render.xhtml.XhtmlWriter;
import org.jsoup.nodes.Element;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code --to html}: for an article, one standalone XHTML page styled by the theme ({@code base.css} +
 * {@code html.css}, in the chosen accent); for a book, a web book in a folder of its own ({@link WebBook}).
 * Local images are linked relative to the page; remote images keep their URL.
 */
public final class HtmlRenderer implements Renderer {
    /** The web page's body text size (html.css), which formulas match. */
    private static final float MATH_SIZE_PX = 16;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void render(RenderContext ctx, OutputSink sink) {
        if (ctx.isBook()) {
            new WebBook(ctx, MATH_SIZE_PX).write(sink);
            return;
        }
        Element article = new XhtmlWriter(images(ctx), ctx.diagnostics(), XhtmlSettings.forOutput(ctx, MATH_SIZE_PX, 0).build()).article(ctx.document());
        var page = XhtmlWriter.page(ctx.document().metadata(), ctx.options().colours().css(ctx.theme().css("html")), article);
        sink.write(ctx.stem() + ".html", XhtmlWriter.serialize(page).getBytes(StandardCharsets.UTF_8));
    }

    private static ImageResolver images(RenderContext ctx) {
        Path pageFolder = ctx.outputFolder().toAbsolutePath().normalize();
        return image -> {
            String src = image.src();
            if (AssetResolver.isRemote(src) || AssetResolver.isDataUri(src)) return ImageResolver.Resolved.at(src);
            return ctx.assets().localImage(src, image.line())
                    .map(found -> ImageResolver.Resolved.at(PageUrls.relative(pageFolder, found.path())))
                    .orElseGet(ImageResolver.Resolved::unavailable);
        };
    }
}
