package io.partneracademy.live;

import io.partneracademy.csv.Csv;
import io.partneracademy.csv.MalformedCsvException;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a meeting tool's participant report: Zoom's ("Name (Original Name), User Email, Join Time, Leave Time,
 * Duration (Minutes), …", possibly below a meeting summary) and Teams' ("Name, First Join, Last Leave, In-Meeting
 * Duration, Email, …", durations like "1h 5m 30s"), as UTF-8 (with or without BOM) or UTF-16 with BOM, comma- or
 * tab-separated. Rows are matched by email only; a person who joined several times gets the sum of their minutes.
 * Every problem names its line; nothing here is guessed.
 */
final class ParticipantReport {

    private static final List<String> EMAIL = List.of("user email", "email", "email address", "participant id (upn)",
            "attendee email");
    private static final List<String> DURATION = List.of("duration (minutes)", "duration (mins)", "in-meeting duration",
            "duration", "attendance duration", "time in meeting");
    private static final List<String> NAME = List.of("name (original name)", "name", "full name", "participant name");
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern HMS = Pattern.compile("(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?");

    /** A problem with one line of the file. */
    record Problem(int line, String message) {
    }

    /**
     * What the file says.
     *
     * @param minutes per email (lower case), in the order first seen, with the line first seen on
     */
    record Result(Map<String, Row> minutes, List<Problem> problems) {
    }

    /** One person in the report. */
    record Row(int line, String email, String name, int minutes) {
    }

    private ParticipantReport() {
    }

    static Result read(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (text == null) {
            return new Result(Map.of(), problems);
        }
        String normalised = text.indexOf('\t') >= 0 && firstLine(text).indexOf(',') < 0 ? tabsToCsv(text) : text;
        List<Csv.Record> records;
        try {
            records = Csv.read(normalised);
        } catch (MalformedCsvException e) {
            problems.add(new Problem(e.line(), "a quoted field is never closed"));
            return new Result(Map.of(), problems);
        }
        int header = -1;
        for (int i = 0; i < records.size() && header < 0; i++) {
            List<String> fields = records.get(i).fields();
            // Zoom puts a meeting summary above the participants, with its own email and duration columns (the
            // host's); only the participants' header also names people.
            if (column(fields, EMAIL) >= 0 && column(fields, DURATION) >= 0 && column(fields, NAME) >= 0) {
                header = i;
            }
        }
        if (header < 0) {
            problems.add(new Problem(records.isEmpty() ? 1 : records.get(0).line(), "no header with a name column ("
                    + String.join(", ", NAME) + "), an email column (" + String.join(", ", EMAIL)
                    + ") and a duration column (" + String.join(", ", DURATION) + ")"));
            return new Result(Map.of(), problems);
        }
        return rows(records, header, problems);
    }

    private static Result rows(List<Csv.Record> records, int header, List<Problem> problems) {
        List<String> columns = records.get(header).fields();
        int email = column(columns, EMAIL);
        int duration = column(columns, DURATION);
        int name = column(columns, NAME);
        Map<String, Row> byEmail = new LinkedHashMap<>();
        for (Csv.Record record : records.subList(header + 1, records.size())) {
            List<String> f = record.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (f.size() < columns.size()) {
                problems.add(new Problem(record.line(), "expected " + columns.size() + " columns, found " + f.size()));
                continue;
            }
            String who = name >= 0 ? f.get(name).strip() : "";
            String address = f.get(email).strip().toLowerCase(Locale.ROOT);
            if (address.isEmpty()) {
                problems.add(new Problem(record.line(), "no email for '" + who + "': attendance is matched by email only"));
                continue;
            }
            if (!EMAIL_SHAPE.matcher(address).matches()) {
                problems.add(new Problem(record.line(), "'" + f.get(email).strip() + "' is not an email address"));
                continue;
            }
            Integer minutes = minutes(f.get(duration).strip());
            if (minutes == null) {
                problems.add(new Problem(record.line(), "duration '" + f.get(duration).strip()
                        + "' is neither minutes (45) nor a time like 1h 5m 30s"));
                continue;
            }
            Row before = byEmail.get(address);
            byEmail.put(address, before == null ? new Row(record.line(), address, who, minutes)
                    : new Row(before.line(), address, before.name(), before.minutes() + minutes));
        }
        return new Result(byEmail, problems);
    }

    /** Minutes from "45", "45.5", "1h 5m 30s", "65m 3s" or "01:05:30"; null when it is none of these. */
    static Integer minutes(String value) {
        if (value.matches("\\d+(\\.\\d+)?")) {
            return (int) Math.floor(Double.parseDouble(value));
        }
        if (value.matches("\\d{1,2}:\\d{2}:\\d{2}")) {
            String[] p = value.split(":");
            return Integer.parseInt(p[0]) * 60 + Integer.parseInt(p[1]);
        }
        Matcher m = HMS.matcher(value);
        if (!value.isBlank() && m.matches() && (m.group(1) != null || m.group(2) != null || m.group(3) != null)) {
            int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
            int mins = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return hours * 60 + mins;
        }
        return null;
    }

    private static int column(List<String> header, List<String> names) {
        for (String wanted : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String decode(byte[] bytes, List<Problem> problems) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(lineOfFirstBadByte(bytes, start), "the file is not UTF-8 or UTF-16 text; "
                    + "export the report again as CSV (UTF-8)"));
            return null;
        }
    }

    private static int lineOfFirstBadByte(byte[] bytes, int start) {
        int line = 1;
        int lineStart = start;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Teams writes tab-separated reports; its fields never hold quotes or tabs, so each tab becomes a quoted comma. */
    private static String tabsToCsv(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\r?\n", -1)) {
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                out.append(i == 0 ? "" : ",").append('"').append(cells[i].replace("\"", "\"\"")).append('"');
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
