package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.diagnostic.Failure;
import org.inkstone.model.Image;
import org.inkstone.render.LocalizedLabels;
import org.jsoup.nodes.Element;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images as markup, from Markdown ({@code ![alt](src)}) and from raw HTML ({@code <img src alt>})
 * alike: each goes through the output's {@link ImageResolver} (which confines local files to the
 * document's folder, fetches or embeds, and warns with the line), and one that cannot be had
 * becomes the same placeholder with its alt text. A source the {@link AllowedUrls} rule refuses
 * ({@code javascript:}, {@code data:text/html} …) is not even looked up: a warning at its line, and
 * the placeholder.
 * An image the output fails on while converting or storing it (not one the resolver turned down)
 * becomes the placeholder too, with a warning at its line.
 */
final class ImageElements {
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "td", "th", "dd", "dt", "figure", "figcaption",
            "blockquote", "section", "article", "aside", "header", "footer", "caption", "center", "details", "summary",
            "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d{1,5})\\s*");

    private final ImageResolver images;
    private final LocalizedLabels labels;
    private final Diagnostics diagnostics;

    ImageElements(ImageResolver images, LocalizedLabels labels, Diagnostics diagnostics) {
        this.images = images;
        this.labels = labels;
        this.diagnostics = diagnostics;
    }

    /** A Markdown image: its {@code <img>}, or the placeholder. */
    Element image(Image image, boolean inline) {
        ImageResolver.Resolved r = resolve(image);
        if (!r.available()) return placeholder(image);
        Element img = new Element("img").attr("src", r.src()).attr("alt", image.alt());
        if (inline) img.addClass("inline-image");
        if (!image.title().isBlank()) img.attr("title", image.title());
        if (image.width() > 0) img.attr("width", String.valueOf(image.width()));
        if (image.height() > 0) img.attr("height", String.valueOf(image.height()));
        return WrittenAttributes.apply(img, image.attributes());
    }

    /**
     * Resolves every {@code <img>} under {@code root} (sanitised raw HTML), at the line it was
     * written on: its {@code src} becomes the output's, its other attributes (width, height, style …)
     * stay; or it becomes the placeholder. One in inline raw HTML ({@code inline}), or in a block
     * whose text runs beside it, is marked as an inline image, like a Markdown image in a line of text.
     */
    void resolveRaw(Element root, RawHtmlSource source, boolean inline) {
        for (Element img : root.select("img")) {
            Image image = new Image(img.attr("src").strip(), img.attr("alt"), img.attr("title"),
                    pixels(img.attr("width")), pixels(img.attr("height")), source.lineOf(img));
            ImageResolver.Resolved r = resolve(image);
            if (r.available()) {
                img.attr("src", r.src());
                if (!img.hasAttr("alt")) img.attr("alt", "");
                if (inline || !enclosingBlock(img, root).text().isBlank()) img.addClass("inline-image");
            } else {
                img.replaceWith(placeholder(image));
            }
        }
    }

    /**
     * What the output's resolver makes of the image; unavailable, with a warning at its line, when
     * its source is not an allowed one or the resolver fails on it.
     */
    private ImageResolver.Resolved resolve(Image image) {
        if (!AllowedUrls.image(image.src())) {
            diagnostics.warn(image.line(), AllowedUrls.imageRemoved(image.src()));
            return ImageResolver.Resolved.unavailable();
        }
        try {
            return images.resolve(image);
        } catch (RuntimeException | StackOverflowError e) {
            String what = image.src().startsWith("data:") ? "the data URI image" : "image '" + image.src() + "'";
            diagnostics.warn(image.line(), what + " could not be used (" + Failure.describe(e)
                    + "); it is shown as a placeholder");
            return ImageResolver.Resolved.unavailable();
        }
    }

    /** The nearest block element around {@code e} inside {@code root}, else {@code root}. */
    private static Element enclosingBlock(Element e, Element root) {
        Element block = e.parent();
        while (block != null && block != root && !BLOCKS.contains(block.normalName())) block = block.parent();
        return block == null ? root : block;
    }

    private Element placeholder(Image image) {
        String what = image.alt().isBlank() ? image.src() : image.alt();
        return new Element("span").addClass("image-missing").attr("role", "img")
                .attr("aria-label", image.alt()).text(labels.imageUnavailable(what));
    }

    /** A plain pixel count ({@code 300}); 0 for anything else ({@code 50%}, {@code 20em}). */
    private static int pixels(String value) {
        Matcher m = PIXELS.matcher(value);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
