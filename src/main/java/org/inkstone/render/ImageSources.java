package org.inkstone.render;

import org.inkstone.model.Block;
import org.inkstone.model.Document;
import org.inkstone.model.Figure;
import org.inkstone.model.Image;
import org.inkstone.model.Inline;
import org.inkstone.model.RawHtml;
import org.inkstone.transform.RebuildingTransform;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every image a document refers to, in order (the cover, Markdown images, figures, {@code <img>} in
 * raw HTML, footnotes included), so that an output that embeds images can have the remote ones
 * fetched in parallel before it renders ({@code ctx.assets().prefetch(ImageSources.of(doc))}).
 */
public final class ImageSources extends RebuildingTransform {
    private final Set<String> sources = new LinkedHashSet<>();

    public static Set<String> of(Document doc) {
        ImageSources s = new ImageSources();
        if (!doc.metadata().cover().isBlank()) s.sources.add(doc.metadata().cover().strip());
        s.apply(doc);
        return s.sources;
    }

    @Override public List<Block> visitFigure(Figure f) {
        sources.add(f.image().src());
        return super.visitFigure(f);
    }

    @Override public List<Inline> visitImage(Image i) {
        sources.add(i.src());
        return List.of(i);
    }

    @Override public List<Block> visitRawHtmlBlock(RawHtml h) {
        raw(h.html());
        return List.of(h);
    }

    @Override public List<Inline> visitRawHtmlInline(RawHtml h) {
        raw(h.html());
        return List.of(h);
    }

    private void raw(String html) {
        if (!html.toLowerCase(Locale.ROOT).contains("<img")) return;
        for (Element img : Jsoup.parseBodyFragment(html).select("img[src]")) sources.add(img.attr("src"));
    }
}
