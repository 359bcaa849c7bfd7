package org.inkstone.render;

import org.inkstone.options.OutputOptions;
import org.inkstone.transform.Transform;
import org.inkstone.transform.Transforms;

import java.util.List;

/** One output format. Renderers read only the context and write only through the sink. */
public interface Renderer {
    /** The name used with {@code --to}: "html", "pdf", "epub", "wechat". */
    String format();

    void render(RenderContext context, OutputSink sink);

    /**
     * Called once when a build starts, with the theme and the caches the builds will carry, before any
     * input is read: a renderer may start slow work that does not depend on the input (the PDF renderer
     * parses the theme's fonts into the caches) in the background here. Must return at once and must
     * not fail; problems surface in {@link #render}.
     */
    default void prepare(org.inkstone.theme.Theme theme, org.inkstone.cache.Caches caches) {}

    /**
     * Whether this output embeds the document's images (so the build has them read and checked ahead, as soon as
     * the document is read: {@link org.inkstone.asset.AssetResolver#prefetch}).
     */
    default boolean embedsImages() {
        return false;
    }

    /**
     * For a book: true when this output publishes the chapters one by one, as a series of articles (each
     * chapter rendered as a document of its own, named {@code <book>/<format>/<chapter>}); false (the
     * default) when it takes the book whole, with its {@link RenderContext#book() layout}.
     */
    default boolean chapterByChapter() {
        return false;
    }

    /**
     * The transforms this output asks for on top of the standard ones, given the build's options: by
     * default Han–Latin spacing (盘古之白) unless {@code --cjk-spacing off}, in every output (a
     * Chinese reader expects {@code 使用 Java 17 和 Maven} in print and in an ebook as much as on a phone). The publisher
     * runs each distinct list once and shares the result between the outputs that asked for it.
     */
    default List<Transform> transforms(OutputOptions options) {
        return options.cjkSpacing().on(true) ? List.of(Transforms.HAN_LATIN_SPACING) : List.of();
    }
}
