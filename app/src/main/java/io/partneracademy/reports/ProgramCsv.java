package io.partneracademy.reports;

import io.partneracademy.csv.Csv;

/** A program table as CSV: the header and cells exactly as the page shows them. */
final class ProgramCsv {

    private ProgramCsv() {
    }

    static String write(Table table) {
        return Csv.write(table.headers(), table.rows());
    }
}
