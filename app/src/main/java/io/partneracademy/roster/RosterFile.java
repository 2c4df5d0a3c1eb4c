package io.partneracademy.roster;

import io.partneracademy.csv.Csv;
import io.partneracademy.csv.MalformedCsvException;
import io.partneracademy.web.Language;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a roster file ({@code name,email,job_title,role}, UTF-8, commas, columns in any order) into valid lines and
 * the problems of the others, each with its line number. Nothing here looks at the database.
 */
final class RosterFile {

    static final List<String> COLUMNS = List.of("name", "email", "job_title", "role");
    /** Columns a file may have: the invitation's language ({@code en}, {@code de}, {@code fr}, {@code ja}). */
    static final List<String> OPTIONAL_COLUMNS = List.of("language");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_JOB_TITLE = 120;
    /** Practical addresses only: one @, no spaces, a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]+");
    /** Cells a spreadsheet would run as a formula (the characters {@link Csv#guard} neutralises on export). */
    private static final String FORMULA_START = "=+-@\t\r";

    /** What a file holds: its valid lines and every problem found, in line order. */
    record Parsed(List<RosterLine> lines, List<RosterProblem> problems) {
    }

    private RosterFile() {
    }

    /** The text of the bytes as UTF-8 (a byte order mark is dropped); a problem names the first line that is not. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
            throw new Unreadable(RosterProblem.at(0, "roster.error.utf16"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Unreadable(RosterProblem.at(lineOf(bytes, in.position()), "roster.error.encoding"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The lines and problems of decoded text; at most {@code maxLines} people. */
    static Parsed parse(String text, int maxLines) {
        List<Csv.Record> records;
        try {
            records = Csv.read(text);
        } catch (MalformedCsvException e) {
            return new Parsed(List.of(), List.of(RosterProblem.at(e.line(), "roster.error.unterminated")));
        }
        if (records.isEmpty()) {
            return new Parsed(List.of(), List.of(RosterProblem.at(1, "roster.error.empty")));
        }
        Csv.Record header = records.get(0);
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, Integer> columns = header(header, problems);
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), problems);
        }
        if (records.size() == 1) {
            return new Parsed(List.of(), List.of(RosterProblem.at(header.line() + 1, "roster.error.empty")));
        }
        if (records.size() - 1 > maxLines) {
            return new Parsed(List.of(), List.of(RosterProblem.at(records.get(maxLines + 1).line(),
                    "roster.error.too-many", maxLines)));
        }
        List<RosterLine> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            RosterLine line = line(record, columns, problems);
            if (line == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(line.email(), line.line());
            if (first != null) {
                problems.add(RosterProblem.at(line.line(), "roster.error.duplicate", line.email(), first));
            } else {
                lines.add(line);
            }
        }
        return new Parsed(lines, problems);
    }

    private static Map<String, Integer> header(Csv.Record header, List<RosterProblem> problems) {
        List<String> cells = header.fields();
        if (cells.size() == 1 && (cells.get(0).contains(";") || cells.get(0).contains("\t"))) {
            problems.add(RosterProblem.at(header.line(), "roster.error.delimiter"));
            return Map.of();
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!COLUMNS.contains(name) && !OPTIONAL_COLUMNS.contains(name)) {
                problems.add(RosterProblem.at(header.line(), "roster.error.unknown-column", cells.get(i),
                        String.join(",", COLUMNS)));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(RosterProblem.at(header.line(), "roster.error.repeated-column", name));
            }
        }
        COLUMNS.stream().filter(c -> !columns.containsKey(c)).forEach(c -> problems.add(
                RosterProblem.at(header.line(), "roster.error.missing-column", c, String.join(",", COLUMNS))));
        return columns;
    }

    private static RosterLine line(Csv.Record record, Map<String, Integer> columns, List<RosterProblem> problems) {
        List<String> cells = record.fields();
        int at = record.line();
        if (cells.size() != columns.size()) {
            boolean otherDelimiter = cells.size() == 1 && (cells.get(0).contains(";") || cells.get(0).contains("\t"));
            problems.add(otherDelimiter ? RosterProblem.at(at, "roster.error.delimiter")
                    : RosterProblem.at(at, "roster.error.columns", columns.size(), cells.size()));
            return null;
        }
        int before = problems.size();
        for (String column : columns.keySet()) {
            String cell = cells.get(columns.get(column));
            if (!cell.isEmpty() && FORMULA_START.indexOf(cell.charAt(0)) >= 0) {
                problems.add(RosterProblem.at(at, "roster.error.formula", column));
            }
        }
        String name = cells.get(columns.get("name")).strip();
        String email = cells.get(columns.get("email")).strip().toLowerCase(Locale.ROOT);
        String jobTitle = cells.get(columns.get("job_title")).strip();
        String roleCell = cells.get(columns.get("role"));
        if (name.isEmpty()) {
            problems.add(RosterProblem.at(at, "roster.error.name-missing"));
        } else if (name.length() > MAX_NAME) {
            problems.add(RosterProblem.at(at, "roster.error.too-long", "name", MAX_NAME));
        }
        if (email.isEmpty()) {
            problems.add(RosterProblem.at(at, "roster.error.email-missing"));
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            problems.add(RosterProblem.at(at, "roster.error.email", email));
        }
        if (jobTitle.length() > MAX_JOB_TITLE) {
            problems.add(RosterProblem.at(at, "roster.error.too-long", "job_title", MAX_JOB_TITLE));
        }
        RosterRole role = RosterRole.parse(roleCell).orElse(null);
        if (role == null) {
            problems.add(RosterProblem.at(at, "roster.error.role", roleCell.strip()));
        }
        Language language = null;
        String languageCell = columns.containsKey("language") ? cells.get(columns.get("language")).strip() : "";
        if (!languageCell.isEmpty()) {
            language = Language.of(languageCell.toLowerCase(Locale.ROOT)).orElse(null);
            if (language == null) {
                problems.add(RosterProblem.at(at, "roster.error.language", languageCell, Arrays.stream(Language.values())
                        .map(Language::tag).collect(Collectors.joining(", "))));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RosterLine(at, name, email, jobTitle.isEmpty() ? null : jobTitle, role, language);
    }

    private static int lineOf(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A file that cannot be read as text at all. */
    static final class Unreadable extends RuntimeException {

        private final transient RosterProblem problem;

        Unreadable(RosterProblem problem) {
            super(problem.key());
            this.problem = problem;
        }

        RosterProblem problem() {
            return problem;
        }
    }
}
