package org.inkstone.transform;

import org.inkstone.model.Attributes;
import org.inkstone.model.Block;
import org.inkstone.model.Container;
import org.inkstone.model.Figure;
import org.inkstone.model.Inline;
import org.inkstone.model.Paragraph;
import org.inkstone.model.Span;
import org.inkstone.model.Table;
import org.inkstone.model.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers figures and captioned tables in reading order, as real text at the head of the caption:
 * {@code 图 1　caption} and {@code 表 1　caption} in a Chinese document, {@code Figure 1. caption} and
 * {@code Table 1. caption} otherwise. A figure without a caption (an image with neither alt text nor
 * title, most often decoration) is not numbered, nor is a caption that starts with its own number. A table's caption is the paragraph written right before or after it that starts with pandoc's
 * {@code Table:} or {@code :} (or {@code 表：}); it becomes a {@code div.table-caption} above the table.
 * A table without one is not numbered. The number is in a {@code span.figure-number} or
 * {@code span.table-number}.
 */
final class CaptionNumbers extends RebuildingTransform {
    static final String TABLE_CAPTION_CLASS = "table-caption";
    private static final Pattern TABLE_CAPTION = Pattern.compile("^(?:Table:|表[:：]|:)\\s*");
    private static final Pattern WRITTEN_NUMBER = Pattern.compile("^\\s*(?:[图表]|Figure|Fig\\.|Table)\\s*(\\d{1,4})(?!\\d)");

    private final boolean chinese;
    private int figures;
    private int tables;

    /** @param language the document's language ({@code zh-Hans}, {@code en} …) */
    CaptionNumbers(String language) {
        String l = language == null ? "" : language.toLowerCase(Locale.ROOT);
        this.chinese = l.isEmpty() || l.startsWith("zh") || l.startsWith("ja");
    }

    @Override public List<Block> visitFigure(Figure f) {
        Figure rebuilt = (Figure) super.visitFigure(f).get(0);
        if (rebuilt.caption().isEmpty()) return List.of(rebuilt);
        int written = writtenNumber(rebuilt.caption());
        if (written > 0) {
            figures = written;
            return List.of(rebuilt);
        }
        figures++;
        return List.of(new Figure(rebuilt.image(), numbered("figure-number", chinese ? "图" : "Figure", figures, rebuilt.caption()),
                rebuilt.href()));
    }

    @Override protected List<Block> blocks(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Block b = in.get(i);
            if (b instanceof Table t) {
                List<Inline> before = !out.isEmpty() && out.get(out.size() - 1) instanceof Paragraph p ? caption(p) : null;
                List<Inline> after = before == null && i + 1 < in.size() && in.get(i + 1) instanceof Paragraph p ? caption(p) : null;
                List<Inline> caption = before != null ? before : after;
                int written = caption == null ? 0 : writtenNumber(caption);
                if (written > 0) tables = written;
                if (caption != null && written == 0) {
                    if (before != null) out.remove(out.size() - 1);
                    tables++;
                    out.add(new Container(new Attributes(null, List.of(TABLE_CAPTION_CLASS), Map.of()),
                            List.of(new Paragraph(numbered("table-number", chinese ? "表" : "Table", tables, inlines(caption))))));
                    if (after != null) i++;
                }
                out.addAll(t.accept(this));
                continue;
            }
            out.addAll(b.accept(this));
        }
        return out;
    }

    /**
     * The number a caption starts with ({@code 图 3：}, {@code 表3}, {@code Figure 3.}), or 0: the caption is left
     * as written and the figures after it count on from its number.
     */
    private static int writtenNumber(List<Inline> caption) {
        if (!(caption.get(0) instanceof Text t)) return 0;
        Matcher m = WRITTEN_NUMBER.matcher(t.text());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The caption a paragraph gives a table beside it (its words after {@code Table:}), or null. */
    private static List<Inline> caption(Paragraph p) {
        if (p.content().isEmpty() || !(p.content().get(0) instanceof Text first)) return null;
        Matcher m = TABLE_CAPTION.matcher(first.text());
        if (!m.find()) return null;
        List<Inline> rest = new ArrayList<>(p.content());
        String words = first.text().substring(m.end());
        if (words.isEmpty()) rest.remove(0);
        else rest.set(0, new Text(words));
        return rest;
    }

    private List<Inline> numbered(String numberClass, String label, int n, List<Inline> caption) {
        List<Inline> out = new ArrayList<>();
        out.add(new Span(new Attributes(null, List.of(numberClass), Map.of()), List.of(new Text(label + " " + n + (chinese ? "" : ".")))));
        if (!caption.isEmpty()) out.addAll(after(chinese ? "\u3000" : " ", caption));
        return out;
    }

    /** {@code words} after {@code gap}, which joins their first text. */
    static List<Inline> after(String gap, List<Inline> words) {
        List<Inline> out = new ArrayList<>(words.size() + 1);
        if (gap.isEmpty()) {
            out.addAll(words);
        } else if (!words.isEmpty() && words.get(0) instanceof Text t) {
            out.add(new Text(gap + t.text()));
            out.addAll(words.subList(1, words.size()));
        } else {
            out.add(new Text(gap));
            out.addAll(words);
        }
        return out;
    }
}
