package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads GIFT matching ({@code =item -> match}, {@code = -> extra match}) and short-answer ({@code =answer},
 * {@code *} as Moodle's wildcard) blocks into our matching and short-text questions. Matching options get ids a, b,
 * c… and targets t1, t2… in the order they are first written; short answers are case-insensitive, as Moodle's are by
 * default.
 */
final class GiftMoreAnswers {

    private static final String META = "\\^$.|?*+()[]{}";

    private final String file;
    private final Problems problems;
    private final GiftAnswers.TextReader reader;
    private final GiftAnswers answers;

    GiftMoreAnswers(String file, Problems problems, GiftAnswers.TextReader reader) {
        this.file = file;
        this.problems = problems;
        this.reader = reader;
        this.answers = new GiftAnswers(file, problems, reader);
    }

    GiftAnswers.Result matching(String block, Explanation explanation, GiftParser.Lines at, int offset) {
        int before = problems.count();
        List<ExamSpec.Option> options = new ArrayList<>();
        Map<String, String> targetIds = new LinkedHashMap<>();
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int[] part : parts(block)) {
            int line = at.of(offset + part[0]);
            String raw = block.substring(part[0] + 1, part[1]);
            int arrow = raw.indexOf("->");
            if (arrow < 0) {
                problems.add(file, line, "a matching answer needs ' -> ' between the item and its match");
                continue;
            }
            String prompt = reader.text(raw.substring(0, arrow), line);
            String target = reader.text(raw.substring(arrow + 2), line);
            if (target.isEmpty()) {
                problems.add(file, line, "a matching answer has no match after ->");
                continue;
            }
            String targetId = targetIds.computeIfAbsent(target, t -> "t" + (targetIds.size() + 1));
            if (!prompt.isEmpty()) {
                String id = GiftAnswers.id(options.size());
                options.add(new ExamSpec.Option(id, prompt));
                pairs.put(id, targetId);
            }
        }
        if (options.size() < 2 || targetIds.size() < 2) {
            problems.add(file, at.of(offset), "a matching question needs at least two items and two matches");
        }
        List<ExamSpec.Option> targets = targetIds.entrySet().stream()
                .map(e -> new ExamSpec.Option(e.getValue(), e.getKey())).toList();
        return problems.count() > before ? null : new GiftAnswers.Result(ExamSpec.Type.MATCHING, options, Set.of(),
                new ExamSpec.Item(List.of(), targets, pairs, List.of(), false, null, null, 0));
    }

    GiftAnswers.Result shortAnswer(String block, Explanation explanation, GiftParser.Lines at, int offset) {
        int before = problems.count();
        List<ExamSpec.Accepted> accepted = new ArrayList<>();
        for (int[] part : parts(block)) {
            int line = at.of(offset + part[0]);
            String body = block.substring(part[0] + 1, part[1]).stripLeading();
            if (body.startsWith("%")) {
                int end = body.indexOf('%', 1);
                String weight = end < 0 ? body : body.substring(1, end);
                if (end < 0 || !weight.strip().equals("100")) {
                    problems.add(file, line, weight.strip().equals("0")
                            ? "a 0% answer (=%0%, feedback for a wrong answer) is not supported: list only the"
                                    + " accepted answers"
                            : "partial credit (=%" + weight + "%) in a short answer is not supported: an accepted"
                                    + " answer scores 100%");
                    continue;
                }
                body = body.substring(end + 1);
            }
            String text = answers.text(body, line, explanation);
            if (!text.isEmpty()) {
                accepted.add(text.contains("*") ? new ExamSpec.Accepted(wildcard(text), true)
                        : new ExamSpec.Accepted(text, false));
            }
        }
        return problems.count() > before ? null : new GiftAnswers.Result(ExamSpec.Type.SHORT_TEXT, List.of(),
                Set.of(), new ExamSpec.Item(List.of(), List.of(), Map.of(), accepted, false, null, null, 0));
    }

    /** Moodle's short-answer wildcard as a regex: every * any text, everything else literal. */
    static String wildcard(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*') {
                out.append(".*");
            } else {
                out.append(META.indexOf(c) >= 0 ? "\\" : "").append(c);
            }
        }
        return out.toString();
    }

    /** The GIFT wildcard text of a regex written by {@link #wildcard}, or null for any other regex. */
    static String unwildcard(String regex) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length() && META.indexOf(regex.charAt(i + 1)) >= 0) {
                out.append(regex.charAt(++i));
            } else if (c == '.' && i + 1 < regex.length() && regex.charAt(i + 1) == '*') {
                out.append('*');
                i++;
            } else if (META.indexOf(c) >= 0) {
                return null;
            } else {
                out.append(c);
            }
        }
        String text = out.toString();
        return text.chars().filter(c -> c == '*').count() > 0 && wildcard(text).equals(regex) ? text : null;
    }

    /** The [start, end) of each answer: from its unescaped '=' to the next one. */
    private static List<int[]> parts(String block) {
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < block.length(); i++) {
            char c = block.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '=') {
                marks.add(i);
            }
        }
        List<int[]> parts = new ArrayList<>();
        for (int m = 0; m < marks.size(); m++) {
            parts.add(new int[] {marks.get(m), m + 1 < marks.size() ? marks.get(m + 1) : block.length()});
        }
        return parts;
    }
}
