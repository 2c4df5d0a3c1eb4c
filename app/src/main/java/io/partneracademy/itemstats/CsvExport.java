package io.partneracademy.itemstats;

import io.partneracademy.csv.Csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The question table as CSV: the same rows, order and cells as the page, plus flags and retirement. */
final class CsvExport {

    private CsvExport() {
    }

    static String write(List<StatisticsPage.Row> rows) {
        List<String> header = new ArrayList<>(Arrays.stream(Column.values()).map(Column::key).toList());
        header.add("retired");
        List<List<String>> lines = new ArrayList<>();
        for (StatisticsPage.Row row : rows) {
            List<String> cells = new ArrayList<>(row.cells());
            cells.add(String.join(" ", row.flags()));
            cells.add(row.retired() ? "retired" : "");
            lines.add(cells);
        }
        return Csv.write(header, lines);
    }
}
