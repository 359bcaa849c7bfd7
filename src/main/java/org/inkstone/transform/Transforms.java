package org.inkstone.transform;

import org.inkstone.model.Document;

import java.util.ArrayList;
import java.util.List;

/** The standard transform chain every build runs once before rendering. */
public final class Transforms {
    /** 盘古之白, which an output asks for on top of the standard chain (one instance, so equal requests share a result). */
    public static final Transform HAN_LATIN_SPACING = new HanLatinSpacing();

    private Transforms() {}

    /** @param keepEditorNotes true for {@code --notes}: editor notes stay, and renderers mark them as reviewer notes */
    public static List<Transform> standard(boolean keepEditorNotes) {
        List<Transform> list = new ArrayList<>();
        if (!keepEditorNotes) list.add(new EditorNotes());
        list.add(new CjkLineBreaks());
        list.add(new HeadingIds());
        return List.copyOf(list);
    }

    public static Document run(Document doc, List<Transform> transforms) {
        Document d = doc;
        for (Transform t : transforms) d = t.apply(d);
        return d;
    }
}
