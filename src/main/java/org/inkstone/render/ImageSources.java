package org.inkstone.render;

import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.DocumentWalker;
import org.inkstone.model.Figure;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.RawHtml;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every image a document refers to, in order (the cover, Markdown images, figures, {@code <img>} in
 * raw HTML, footnotes included), so that an output that embeds images can have the remote ones
 * fetched in parallel before it renders ({@code ctx.assets().prefetch(ImageSources.of(doc))}).
 */
public final class ImageSources extends DocumentWalker {
    private final Set<String> sources = new LinkedHashSet<>();

    private ImageSources() {}

    public static Set<String> of(Document doc) {
        ImageSources s = new ImageSources();
        if (!doc.metadata().cover().isBlank()) s.sources.add(doc.metadata().cover().strip());
        s.walk(doc);
        return s.sources;
    }

    @Override protected void visitBlock(Block b) {
        if (b instanceof Figure f) sources.add(f.image().src());
        else if (b instanceof RawHtml h) raw(h.html());
    }

    @Override protected void visitInline(Inline i) {
        if (i instanceof Image image) sources.add(image.src());
        else if (i instanceof RawHtml h) raw(h.html());
    }

    private void raw(String html) {
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) return;
        for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) sources.add(img.attr("src"));
    }
}
