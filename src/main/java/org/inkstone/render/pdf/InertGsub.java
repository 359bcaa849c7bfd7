package org.inkstone.render.pdf;

import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Sets aside the glyph substitution (GSUB) data of an embedded face when PDFBox's substitution for it can change no
 * glyph. PDFBox runs every string drawn in a face that has GSUB data through its substitution worker: it splits the
 * string at spaces with a regular expression compiled anew on each call and looks up each word's glyphs a second time
 * (about a tenth of the drawing time of a 570-page book). The worker it picks applies only the features of its fixed
 * list ({@code ccmp}, {@code liga}, {@code clig} for Latin); LXGW WenKai has GSUB data for Latin with none of them
 * ({@code calt}, {@code dlig}, {@code salt}, {@code subs}, {@code sups}), so every string comes out as the plain
 * encoding gives it: the same glyphs, the same bytes. For such a face the data is set aside, and PDFBox encodes
 * strings the plain way. A face whose worker would apply a feature (Symbola's ligatures), or a script whose worker
 * reorders glyphs (Indic), keeps its substitution.
 *
 * <p>PDFBox has no setting for this: the face's data is replaced by reflection, and the worker's feature list is read
 * the same way; when either cannot be done (another PDFBox version), the face keeps its substitution.
 */
final class InertGsub {
    private InertGsub() {}

    /** @return whether the face's GSUB data was set aside */
    static boolean drop(PDType0Font font) {
        GsubData data = font.getGsubData();
        if (data == GsubData.NO_DATA_FOUND) return false;
        try {
            GsubWorker worker = new GsubWorkerFactory().getGsubWorker(font.getCmapLookup(), data);
            List<?> features = featuresInOrder(worker);
            if (features == null) return false;
            for (Object feature : features) if (data.isFeatureSupported((String) feature)) return false;
            Field field = PDType0Font.class.getDeclaredField("gsubData");
            field.setAccessible(true);
            field.set(font, GsubData.NO_DATA_FOUND);
            return font.getGsubData() == GsubData.NO_DATA_FOUND;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The features a feature-list worker (PDFBox's Latin and script-neutral ones) applies, in its static
     * {@code FEATURES_IN_ORDER}; {@code null} for any other worker (which may reorder or compose glyphs).
     */
    private static List<?> featuresInOrder(GsubWorker worker) throws ReflectiveOperationException {
        String name = worker.getClass().getName();
        if (!name.equals("org.apache.fontbox.ttf.gsub.GsubWorkerForLatin") && !name.equals("org.apache.fontbox.ttf.gsub.GsubWorkerForDflt")) {
            return null;
        }
        Field field = worker.getClass().getDeclaredField("FEATURES_IN_ORDER");
        if (!Modifier.isStatic(field.getModifiers())) return null;
        field.setAccessible(true);
        return field.get(null) instanceof List<?> list ? list : null;
    }
}
