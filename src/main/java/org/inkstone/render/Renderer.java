package org.inkstone.render;

/** One output format. Renderers read only the context and write only through the sink. */
public interface Renderer {
    /** The name used with {@code --to}: "html", "pdf", "epub", "wechat". */
    String format();

    void render(RenderContext context, OutputSink sink);

    /** Whether {@code --cjk-spacing auto} puts spaces between Han and Latin text for this output. */
    default boolean spacesHanAndLatinByDefault() {
        return false;
    }
}
