package io.partneracademy.tiers;

import java.util.ArrayList;
import java.util.List;

/** Splits CSV text (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks) into numbered records. */
final class MetricsCsv {

    /** A record and the line it starts on. */
    record Record(int line, List<String> fields) {
    }

    private MetricsCsv() {
    }

    /** Throws {@link MetricsImportException} for an unterminated quote, naming its line. */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                add(records, start, fields);
                fields = new ArrayList<>();
                line++;
                start = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new MetricsImportException(List.of(new MetricsImportException.LineError(start,
                    "tiers.import.unterminated", List.of())));
        }
        fields.add(field.toString());
        add(records, start, fields);
        return records;
    }

    /** Keeps the record unless the line was blank. */
    private static void add(List<Record> records, int line, List<String> fields) {
        if (fields.size() > 1 || !fields.get(0).isBlank()) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
