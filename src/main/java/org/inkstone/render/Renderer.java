package org.inkstone.render;

/** One output format. Renderers read only the context and write only through the sink. */
public interface Renderer {
    /** The name used with {@code --to}: "html", "pdf", "epub", "wechat". */
    String format();

    void render(RenderContext context, OutputSink sink);

    /**
     * Called once when a build starts, with the theme, before any input is read: a renderer may start
     * slow work that does not depend on the input (the PDF renderer parses the theme's fonts) in the
     * background here. Must return at once and must not fail; problems surface in {@link #render}.
     */
    default void prepare(org.inkstone.theme.Theme theme) {}

    /** Whether {@code --cjk-spacing auto} puts spaces between Han and Latin text for this output. */
    default boolean spacesHanAndLatinByDefault() {
        return false;
    }
}
