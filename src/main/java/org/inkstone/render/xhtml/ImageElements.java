package org.inkstone.render.xhtml;

import org.inkstone.model.Image;
import org.inkstone.render.Labels;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images as markup, from Markdown ({@code ![alt](src)}) and from raw HTML ({@code <img src alt>})
 * alike: each goes through the output's {@link ImageResolver} (which confines local files to the
 * document's folder, fetches or embeds, and warns with the line), and one that cannot be had
 * becomes the same placeholder with its alt text.
 */
final class ImageElements {
    private static final Pattern PIXELS = Pattern.compile("\\s*(\\d{1,5})\\s*");

    private final ImageResolver images;
    private final Labels labels;

    ImageElements(ImageResolver images, Labels labels) {
        this.images = images;
        this.labels = labels;
    }

    /** A Markdown image: its {@code <img>}, or the placeholder. */
    Element image(Image image, boolean inline) {
        ImageResolver.Resolved r = images.resolve(image);
        if (!r.available()) return placeholder(image);
        Element img = new Element("img").attr("src", r.src()).attr("alt", image.alt());
        if (inline) img.addClass("inline-image");
        if (!image.title().isBlank()) img.attr("title", image.title());
        if (image.width() > 0) img.attr("width", String.valueOf(image.width()));
        if (image.height() > 0) img.attr("height", String.valueOf(image.height()));
        return img;
    }

    /**
     * Resolves every {@code <img>} under {@code root} (sanitised raw HTML) that the source wrote, at
     * the line it was written on: its {@code src} becomes the output's, its other attributes (width,
     * height, style …) stay, and one that stands in a line of text is marked as an inline image; or
     * it becomes the placeholder. An {@code <img>} the writer made for a Markdown image between raw
     * tags is resolved already and left alone.
     */
    void resolveRaw(Element root, RawHtmlSource source) {
        for (Element img : root.select("img")) {
            Range range = img.sourceRange();
            OptionalInt line = range.isTracked() ? source.lineAt(range.startPos()) : OptionalInt.of(source.firstLine());
            if (line.isEmpty()) continue;
            Image image = new Image(img.attr("src").strip(), img.attr("alt"), img.attr("title"),
                    pixels(img.attr("width")), pixels(img.attr("height")), line.getAsInt());
            ImageResolver.Resolved r = images.resolve(image);
            if (r.available()) {
                img.attr("src", r.src());
                if (!img.hasAttr("alt")) img.attr("alt", "");
                // inside a line of text it stays in the line, like a Markdown image there
                if (img.parent() != null && !img.parent().ownText().isBlank()) img.addClass("inline-image");
            } else {
                img.replaceWith(placeholder(image));
            }
        }
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
