package org.inkstone.render.pdf;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps short table columns readable: OpenHTMLtoPDF's automatic table layout lets Chinese text
 * break after any character, so next to a long cell a column of two-word labels ends up one
 * character wide ("模型" over "甲"). A column whose cells are all short (at most
 * {@value #SHORT_EM} em of text) gets {@code nowrap} cells, as long as all such columns together
 * take less than {@value #SHARE} of the text width; the long columns wrap in what is left.
 */
final class TableColumns {
    static final double SHORT_EM = 8;
    static final double SHARE = 0.6;
    /** Cell padding and borders, in em, per column. */
    private static final double CELL_EXTRA_EM = 1.4;

    private TableColumns() {}

    static void apply(Element article, double textWidthEm) {
        for (Element table : article.select("table")) applyTo(table, textWidthEm);
    }

    private static void applyTo(Element table, double textWidthEm) {
        List<List<Element>> columns = new ArrayList<>();
        for (Element row : table.select("> thead > tr, > tbody > tr, > tr")) {
            int c = 0;
            for (Element cell : row.select("> th, > td")) {
                while (columns.size() <= c) columns.add(new ArrayList<>());
                columns.get(c++).add(cell);
            }
        }
        double total = 0;
        List<List<Element>> narrow = new ArrayList<>();
        for (List<Element> column : columns) {
            double widest = 0;
            for (Element cell : column) widest = Math.max(widest, widthEm(cell.text()));
            if (widest <= SHORT_EM) {
                narrow.add(column);
                total += widest + CELL_EXTRA_EM;
            }
        }
        if (narrow.isEmpty() || narrow.size() == columns.size() && total > textWidthEm || total > SHARE * textWidthEm) return;
        for (List<Element> column : narrow) for (Element cell : column) cell.addClass("nowrap");
    }

    /** Display width in em: wide (CJK, full-width) characters 1, others about half. */
    static double widthEm(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            w += wide(cp) ? 1 : 0.55;
        }
        return w;
    }

    private static boolean wide(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
                || s == Character.UnicodeScript.HANGUL || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF60);
    }
}
