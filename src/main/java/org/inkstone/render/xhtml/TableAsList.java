package org.inkstone.render.xhtml;

import org.inkstone.diagnostic.Diagnostics;
import org.inkstone.model.Table;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * A table too wide for a fixed page, shown as a list of its rows so every cell can be read: each
 * row one item, each cell "column name：value" (the name from the first header row, or 列 n).
 * OpenHTMLtoPDF otherwise cuts a wide table at the page edge and drops the rest without a word.
 */
final class TableAsList {
    private final int maxColumns;
    private final InlineElements inlines;
    private final Diagnostics diagnostics;

    /** @param maxColumns tables with more columns become lists; 0: none do */
    TableAsList(int maxColumns, InlineElements inlines, Diagnostics diagnostics) {
        this.maxColumns = maxColumns;
        this.inlines = inlines;
        this.diagnostics = diagnostics;
    }

    boolean applies(Table t) {
        return maxColumns > 0 && columns(t) > maxColumns;
    }

    void append(Element parent, Table t) {
        int columns = columns(t);
        diagnostics.warn(t.line(), "this table has " + columns + " columns, more than the " + maxColumns
                + " that fit across the page; the PDF shows it as a list of its rows (column name：value)");
        List<Table.Cell> names = t.head().isEmpty() ? List.of() : t.head().get(0).cells();
        Element list = parent.appendElement("ol").addClass("table-rows");
        List<Table.Row> rows = t.head().size() > 1 ? new java.util.ArrayList<>(t.head().subList(1, t.head().size())) : new java.util.ArrayList<>();
        rows.addAll(t.body());
        for (Table.Row row : rows) {
            Element item = list.appendElement("li").appendElement("p");
            for (int i = 0; i < row.cells().size(); i++) {
                if (i > 0) item.appendText("；");
                Element name = item.appendElement("strong");
                if (i < names.size() && !names.get(i).content().isEmpty()) inlines.appendAll(name, names.get(i).content());
                else name.appendText("列 " + (i + 1));
                name.appendText("：");
                inlines.appendAll(item, row.cells().get(i).content());
            }
        }
    }

    private static int columns(Table t) {
        int n = 0;
        for (Table.Row r : t.head()) n = Math.max(n, r.cells().size());
        for (Table.Row r : t.body()) n = Math.max(n, r.cells().size());
        return n;
    }
}
