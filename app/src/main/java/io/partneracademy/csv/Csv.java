package io.partneracademy.csv;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every CSV the application reads or writes goes through here: RFC 4180 (commas, CRLF, a field quoted only when it
 * needs it, doubled quotes inside), written and parsed by Apache Commons CSV, and every written cell passed through
 * one formula guard.
 */
public final class Csv {

    private static final CSVFormat WRITE = CSVFormat.RFC4180;
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false)
            .setTrailingData(true).get();
    /** A plain number is data to every spreadsheet, even with a leading sign. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private Csv() {
    }

    /** A read record and the line of the text it starts on (1-based). */
    public record Record(int line, List<String> fields) {
    }

    /**
     * Neutralises text a spreadsheet would run as a formula: a cell starting with {@code = + - @}, a tab or a
     * carriage return gets a leading apostrophe (OWASP's advice for CSV injection); plain numbers stay as they are,
     * and null is an empty cell.
     */
    public static String guard(@Nullable String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /** A header line and the rows, each cell guarded, as CSV text. */
    public static String write(List<String> header, List<? extends List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
            printer.printRecord(header.stream().map(Csv::guard));
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Csv::guard));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The records of CSV text with the line each starts on; blank lines are skipped.
     *
     * @throws MalformedCsvException when a quoted field is never closed, naming the line it starts on
     */
    public static List<Record> read(String text) {
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(READ).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                int start = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedCsvException(start, e);
                }
                List<String> fields = record.toList();
                if (fields.size() > 1 || !fields.get(0).isBlank()) {
                    records.add(new Record(start, List.copyOf(fields)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }
}
