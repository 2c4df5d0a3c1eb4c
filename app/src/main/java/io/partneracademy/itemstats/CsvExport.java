package io.partneracademy.itemstats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The question table as CSV (RFC 4180): the same rows, order and cells as the page, plus flags and retirement. */
final class CsvExport {

    private CsvExport() {
    }

    static String write(List<StatisticsPage.Row> rows) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(Arrays.stream(Column.values()).map(Column::key).toList());
        header.add("retired");
        line(out, header);
        for (StatisticsPage.Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(String.join(" ", row.flags()));
            cells.add(row.retired() ? "retired" : "");
            line(out, cells);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quote(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
