package org.inkstone.render.wechat;

import org.inkstone.asset.AssetResolver;
import org.inkstone.model.Image;
import org.inkstone.render.RenderContext;
import org.inkstone.render.xhtml.ImageResolver;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;

/**
 * Images for the WeChat editor: it re-hosts remote images on paste, so their URLs stay; it cannot
 * read files from the user's disk, so a local image either points under {@code --image-base}
 * (where the user uploaded it) or is embedded as a data URI, with one warning that says so.
 */
final class WechatImages implements ImageResolver {
    private final RenderContext ctx;
    private final String imageBase;
    private boolean warnedAboutDataUris;

    WechatImages(RenderContext ctx) {
        this.ctx = ctx;
        this.imageBase = ctx.options().wechat().imageBase();
    }

    @Override
    public Resolved resolve(Image image) {
        String src = image.src();
        if (AssetResolver.isRemote(src) || AssetResolver.isDataUri(src)) return Resolved.at(src);
        if (!imageBase.isEmpty()) {
            var found = ctx.assets().localImage(src, image.line());
            if (found.isEmpty()) return Resolved.unavailable();
            String relative = ctx.assets().root().relativize(found.get().path()).toString().replace('\\', '/');
            return Resolved.at(imageBase + encodePath(relative));
        }
        var data = ctx.assets().image(src, image.line());
        if (data.isEmpty()) return Resolved.unavailable();
        if (!warnedAboutDataUris) {
            warnedAboutDataUris = true;
            ctx.diagnostics().warn(image.line(), "local images are embedded in the WeChat output as data URIs, which the"
                    + " editor may refuse on paste; upload the images and build with --image-base URL");
        }
        return Resolved.at("data:" + data.get().format().mediaType() + ";base64,"
                + Base64.getEncoder().encodeToString(data.get().bytes()));
    }

    private static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
