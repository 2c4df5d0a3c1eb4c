package io.partneracademy.exams;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores an attempt from its saved answers: per question 0 to 1, per section and overall in percent. */
final class Grader {

    private Grader() {
    }

    /** The outcome: overall percent, pass, and percent per section id in blueprint order. */
    record Result(BigDecimal percent, boolean passed, Map<String, BigDecimal> sections) {
    }

    static Result grade(List<AttemptQuestionRow> paper, ExamVersions.Loaded exam) {
        ExamSpec.Scoring scoring = exam.rules().scoringValue();
        Map<String, double[]> bySection = new LinkedHashMap<>();
        exam.blueprint().forEach(s -> bySection.put(s.id(), new double[2]));
        double total = 0;
        for (AttemptQuestionRow item : paper) {
            QuestionRow question = exam.questions().get(item.questionId());
            double score = score(question, exam.item(item.questionId()), item.answer(), scoring);
            total += score;
            double[] section = bySection.computeIfAbsent(item.section(), k -> new double[2]);
            section[0] += score;
            section[1] += 1;
        }
        Map<String, BigDecimal> sections = new LinkedHashMap<>();
        bySection.forEach((id, s) -> sections.put(id, percent(s[0], s[1])));
        BigDecimal overall = percent(total, paper.size());
        return new Result(overall, overall.compareTo(BigDecimal.valueOf(exam.rules().passMarkPercent())) >= 0,
                sections);
    }

    /** A stored answer's mark from 0 to 1 (see {@link Answers#mark}). */
    static double score(QuestionRow question, ExamSpec.Item item, String stored, ExamSpec.Scoring scoring) {
        return Answers.mark(question.typeValue(), item, question.correct(), stored, scoring);
    }

    private static BigDecimal percent(double score, double count) {
        if (count == 0) {
            return BigDecimal.ZERO.setScale(2, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(score * 100 / count).setScale(2, RoundingMode.HALF_UP);
    }
}
