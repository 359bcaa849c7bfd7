package org.inkstone.publish;

import org.inkstone.TestDocs;
import org.inkstone.asset.AssetPolicy;
import org.inkstone.asset.AssetResolver;
import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Document;
import org.inkstone.parse.MarkdownReader;
import org.inkstone.transform.Transforms;

import java.nio.file.Path;

/** For tests: the document a build renders, as {@link Inkstone#publish} makes it (notes embedded, standard transforms run). */
public final class PublishedDocs {
    private PublishedDocs() {}

    public static Document of(Path input) {
        Diagnostics diagnostics = new Diagnostics(input.toString());
        String source = TestDocs.read(input);
        diagnostics.source(source);
        MarkdownReader reader = new MarkdownReader();
        AssetResolver assets = new AssetResolver(input.toAbsolutePath().getParent(), diagnostics, AssetPolicy.defaults().withOffline(true));
        Document parsed = new NoteEmbeds(assets, reader).resolve(reader.readNote(source, Inkstone.stem(input), diagnostics), input, diagnostics);
        return Transforms.run(parsed, Transforms.standard(false));
    }
}
