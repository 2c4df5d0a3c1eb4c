package io.partneracademy.authoring;

import io.partneracademy.content.Problems;
import io.partneracademy.exams.ExamSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a GIFT file with Moodle's rules (questions separated by blank lines, {@code //} comment lines,
 * {@code $CATEGORY:}, {@code ::title::}, escapes, {@code [format]} markers, {@code ####} general feedback) and
 * keeps the types our exams know (a missing-word question gets a blank where its block was; numerical answers become
 * number answers of a short text); every other construct is reported as {@code file:line: message}.
 */
final class GiftParser {

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final List<ExamSpec.Option> TF_OPTIONS = List.of(new ExamSpec.Option("true", "True"),
            new ExamSpec.Option("false", "False"));

    private static final String MATCHING = "matching";
    private static final String SHORT_ANSWER = "short-answer";
    private static final String NUMERICAL = "numerical";
    /** What Moodle puts where the answer block of a missing-word question was. */
    static final String BLANK = "_____";

    private final String file;
    private final Problems problems;

    GiftParser(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The supported questions of the text; check the problems before using them. */
    List<GiftQuestion> parse(String text) {
        List<GiftQuestion> questions = new ArrayList<>();
        String category = null;
        List<String> block = new ArrayList<>();
        int start = 0;
        String[] lines = (text.replace("\r\n", "\n") + "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.strip().startsWith("//")) {
                continue;
            }
            if (!line.isBlank()) {
                if (block.isEmpty()) {
                    start = i + 1;
                }
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            String raw = String.join("\n", block).strip();
            block.clear();
            if (raw.startsWith("$CATEGORY:")) {
                category = raw.substring("$CATEGORY:".length()).strip();
            } else {
                GiftQuestion question = question(start, raw, category);
                if (question != null) {
                    questions.add(question);
                }
            }
        }
        return questions;
    }

    private GiftQuestion question(int line, String raw, String category) {
        int before = problems.count();
        GiftQuestion question = read(line, raw, category);
        return problems.count() > before ? null : question;
    }

    private GiftQuestion read(int line, String raw, String category) {
        int pos = 0;
        String title = null;
        if (raw.startsWith("::")) {
            int end = GiftText.indexOf(raw, "::", 2);
            if (end < 0) {
                problems.add(file, line, "the title opened with :: is not closed with ::");
                return null;
            }
            title = GiftText.unescape(raw.substring(2, end));
            pos = end + 2;
        }
        String name = title == null ? "" : " '" + title + "'";
        int open = GiftText.indexOf(raw, "{", pos);
        if (open < 0) {
            return refuse(line, "description" + name + " (a question without an answer block {…})");
        }
        int close = GiftText.indexOf(raw, "}", open + 1);
        if (close < 0) {
            problems.add(file, line, "the answer block { of question" + name + " is not closed with }");
            return null;
        }
        String block = raw.substring(open + 1, close);
        String kind = kind(block);
        if ("essay".equals(kind)) {
            problems.add(file, line, "essay question" + name + " is not supported: exams are marked by the server"
                    + " when they are submitted and have no manual marking (ADR 0039)");
            return null;
        }
        Lines at = new Lines(raw, line);
        // Text after the block makes it a missing-word question: Moodle puts a blank where the block was.
        String after = raw.substring(close + 1);
        String stem = text(raw.substring(pos, open) + (after.isBlank() ? "" : BLANK + after), at.of(pos));
        int general = GiftText.lastIndexOf(block, "####");
        String answers = general < 0 ? block : block.substring(0, general);
        Explanation explanation = new Explanation(general < 0 ? null
                : text(block.substring(general + 4), at.of(open + 1 + general)));
        GiftMoreAnswers more = new GiftMoreAnswers(file, problems, this::text);
        GiftAnswers.Result result = NUMERICAL.equals(kind)
                ? new GiftNumerical(file, problems, this::text).read(answers, explanation, at, open + 1)
                : MATCHING.equals(kind) ? more.matching(answers, explanation, at, open + 1)
                : SHORT_ANSWER.equals(kind) ? more.shortAnswer(answers, explanation, at, open + 1)
                : isTrueFalse(answers) ? trueFalse(answers, explanation, at.of(open))
                : new GiftAnswers(file, problems, this::text).read(answers, explanation, at, open + 1);
        if (result == null || stem.isEmpty() && problemAt(line, "question" + name + " has no text")) {
            return null;
        }
        if (explanation.isEmpty()) {
            problems.add(file, line, "question" + name + " has no feedback to keep as its explanation "
                    + "(add general feedback: ####…)");
            return null;
        }
        return new GiftQuestion(line, title, category, result.type(), stem, result.options(), result.correct(),
                explanation.text(), result.item());
    }

    /** The name of a question type we do not support, or null for multiple choice and true/false. */
    private static String kind(String block) {
        int general = GiftText.lastIndexOf(block, "####");
        String answers = (general < 0 ? block : block.substring(0, general)).strip();
        if (answers.isEmpty()) {
            return "essay";
        }
        if (answers.startsWith("#")) {
            return NUMERICAL;
        }
        if (GiftText.indexOf(answers, "~", 0) >= 0) {
            return null;
        }
        if (GiftText.indexOf(answers, "=", 0) >= 0 && answers.contains("->")) {
            return MATCHING;
        }
        return isTrueFalse(answers) ? null : SHORT_ANSWER;
    }

    private static boolean isTrueFalse(String answers) {
        int hash = GiftText.indexOf(answers, "#", 0);
        return TRUE_FALSE.contains((hash < 0 ? answers : answers.substring(0, hash)).strip());
    }

    private GiftAnswers.Result trueFalse(String answers, Explanation explanation, int line) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int hash = GiftText.indexOf(answers, "#", 0); hash >= 0; hash = GiftText.indexOf(answers, "#", from)) {
            parts.add(answers.substring(from, hash));
            from = hash + 1;
        }
        parts.add(answers.substring(from));
        if (parts.size() > 3) {
            problems.add(file, line, "a true/false answer takes at most two feedbacks (#wrong#right)");
            return null;
        }
        String answer = parts.get(0).strip();
        if (parts.size() > 1) {
            explanation.add("when answered wrongly", text(parts.get(1), line));
        }
        if (parts.size() > 2) {
            explanation.add("when answered rightly", text(parts.get(2), line));
        }
        String correct = answer.startsWith("T") ? "true" : "false";
        return new GiftAnswers.Result(ExamSpec.Type.TRUE_FALSE, TF_OPTIONS, Set.of(correct));
    }

    /** The text of a stem, answer or feedback: format marker removed, escapes resolved; HTML markup refused. */
    String text(String raw, int line) {
        String body = GiftText.withoutFormat(raw);
        if (GiftText.format(raw).equals("html") && (body.contains("<") || body.contains("&"))) {
            problems.add(file, line, "HTML markup ([html] text with tags or entities) is not supported; "
                    + "write the text as Markdown");
        }
        return GiftText.unescape(body);
    }

    private GiftQuestion refuse(int line, String what) {
        problems.add(file, line, what + " is not supported (only multiple choice, multiple response, "
                + "true/false, matching, short answer, numerical and missing word are)");
        return null;
    }

    private boolean problemAt(int line, String message) {
        problems.add(file, line, message);
        return true;
    }

    /** Turns a position in a question's text into a line of the file. */
    record Lines(String raw, int first) {

        int of(int pos) {
            int line = first;
            for (int i = 0; i < pos && i < raw.length(); i++) {
                if (raw.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
