package io.partneracademy.reports;

import java.util.List;

/**
 * One program table exactly as shown: header texts and rows of cell texts. The page and the CSV download both
 * print this record, so they cannot disagree.
 *
 * @param id          the table's name in URLs ({@code /program/{id}.csv}) and anchors
 * @param lastIsTotal whether the last row sums up the others (shown in bold)
 */
record Table(String id, List<String> headers, List<List<String>> rows, boolean lastIsTotal) {

    Table {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
