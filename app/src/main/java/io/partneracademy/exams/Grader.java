package io.partneracademy.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores an attempt from its saved answers: per question 0 to 1, per section and overall in percent. */
final class Grader {

    private Grader() {
    }

    /** The outcome: overall percent, pass, and percent per section id in blueprint order. */
    record Result(BigDecimal percent, boolean passed, Map<String, BigDecimal> sections) {
    }

    static Result grade(List<AttemptQuestionRow> paper, Map<String, QuestionRow> questions, ExamSpec.Scoring scoring,
                        List<ExamSpec.Section> blueprint, int passMark) {
        Map<String, double[]> bySection = new LinkedHashMap<>();
        blueprint.forEach(s -> bySection.put(s.id(), new double[2]));
        double total = 0;
        for (AttemptQuestionRow item : paper) {
            QuestionRow question = questions.get(item.questionId());
            double score = score(question, item.answerIds(), scoring);
            total += score;
            double[] section = bySection.computeIfAbsent(item.section(), k -> new double[2]);
            section[0] += score;
            section[1] += 1;
        }
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        bySection.forEach((id, s) -> sections.put(id, percent(s[0], s[1])));
        BigDecimal overall = percent(total, paper.size());
        return new Result(overall, overall.compareTo(BigDecimal.valueOf(passMark)) >= 0, sections);
    }

    static double score(QuestionRow question, Set<String> chosen, ExamSpec.Scoring scoring) {
        Set<String> correct = question.correct();
        if (question.typeValue() != ExamSpec.Type.MULTIPLE || scoring == ExamSpec.Scoring.ALL_OR_NOTHING) {
            return chosen.equals(correct) ? 1 : 0;
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        return Math.max(0, (double) (right - wrong) / correct.size());
    }

    private static BigDecimal percent(double score, double count) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(score * 100 / count).setScale(2, RoundingMode.HALF_UP);
    }
}
