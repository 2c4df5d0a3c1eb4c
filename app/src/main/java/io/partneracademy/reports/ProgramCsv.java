package io.partneracademy.reports;

import java.util.List;

/** A program table as CSV (RFC 4180, CRLF): the header and cells exactly as the page shows them. */
final class ProgramCsv {

    private ProgramCsv() {
    }

    static String write(Table table) {
        StringBuilder out = new StringBuilder();
        line(out, table.headers());
        table.rows().forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell when it needs it, and neutralises text a spreadsheet would run as a formula. */
    static String quote(String cell) {
        String safe = !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
        boolean quoted = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quoted ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
