package org.inkstone.publish;

import org.inkstone.render.Renderer;
import org.inkstone.render.epub.EpubRenderer;
import org.inkstone.render.html.HtmlRenderer;
import org.inkstone.render.pdf.PdfRenderer;
import org.inkstone.render.wechat.WechatRenderer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The output formats Inkstone builds, by the name {@code --to} takes. */
public final class Formats {
    private static final Map<String, Supplier<Renderer>> BUILT = new LinkedHashMap<>();

    static {
        BUILT.put("html", HtmlRenderer::new);
        BUILT.put("wechat", WechatRenderer::new);
        BUILT.put("pdf", PdfRenderer::new);
        BUILT.put("epub", EpubRenderer::new);
    }

    private Formats() {}

    public static List<String> built() {
        return List.copyOf(BUILT.keySet());
    }

    /** The renderer for a built format; {@link IllegalArgumentException} with a user-facing message otherwise. */
    public static Renderer renderer(String format) {
        Supplier<Renderer> s = BUILT.get(format);
        if (s != null) return s.get();
        throw new IllegalArgumentException("unknown output format '" + format + "'; choose from "
                + String.join(", ", built()));
    }
}
