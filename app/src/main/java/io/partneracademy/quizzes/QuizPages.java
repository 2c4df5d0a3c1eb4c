package io.partneracademy.quizzes;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.AnswerView;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.markdown.MarkdownRenderer;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws a quiz question as the learner sees it: the options as shown in their round, their answer, the feedback. */
@Singleton
class QuizPages {

    private final MarkdownRenderer markdown;

    QuizPages(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /**
     * The order a round shows the options in, as exams' answers read it: choice options as authored; ordering steps
     * and matching targets shuffled by the round (authors list them in the right order), never left in that order.
     */
    static String shownOrder(QuizSpec.Question q, long roundId) {
        List<String> ids = q.options().stream().map(ExamSpec.Option::id).toList();
        return switch (q.type()) {
            case ORDERING -> String.join(",", shuffled(ids, roundId, q.id()));
            case MATCHING -> String.join(",", ids) + "|" + String.join(",", shuffled(
                    q.item().targets().stream().map(ExamSpec.Option::id).toList(), roundId, q.id()));
            default -> String.join(",", ids);
        };
    }

    QuizViews.QuestionPage question(QuizViews.Header header, long roundId, int number, QuizSpec.Question q,
                                    int total, @Nullable RoundRepository.Answer answer, QuizViews.Onward onward) {
        Map<String, String> texts = new HashMap<>();
        q.options().forEach(o -> texts.put(o.id(), o.text()));
        AnswerView view = AnswerView.of(q.type(), q.item(), shownOrder(q, roundId), answer == null ? null
                : answer.answer(), texts, markdown);
        return new QuizViews.QuestionPage(header, number, total, markdown.render(q.stem()), view,
                answer == null ? null : feedback(q, answer), onward);
    }

    private QuizViews.Feedback feedback(QuizSpec.Question q, RoundRepository.Answer answer) {
        double score = answer.score().doubleValue();
        QuizViews.Verdict verdict = score >= 1 ? QuizViews.Verdict.RIGHT
                : score > 0 ? QuizViews.Verdict.PARTLY : QuizViews.Verdict.WRONG;
        return new QuizViews.Feedback(verdict, (int) Math.round(score * 100), key(q),
                markdown.render(q.explanation()));
    }

    /**
     * The right answer as HTML lines: the right options, the steps in order, the pairs, or an accepted text (a number
     * with its tolerance: {@code 43.2 ± 0.5}).
     */
    private List<String> key(QuizSpec.Question q) {
        Map<String, String> texts = new HashMap<>();
        q.options().forEach(o -> texts.put(o.id(), o.text()));
        return switch (q.type()) {
            case ORDERING -> q.item().order().stream().map(id -> markdown.render(texts.get(id))).toList();
            case MATCHING -> {
                Map<String, String> labels = new HashMap<>();
                q.item().targets().forEach(t -> labels.put(t.id(), t.text().strip()));
                yield q.options().stream().map(o -> markdown.render(o.text().strip() + " → "
                        + labels.get(q.item().pairs().get(o.id())))).toList();
            }
            case SHORT_TEXT -> q.item().accepted().stream().filter(a -> !a.regex()).limit(1)
                    .map(a -> markdown.render("`" + a.text().replace("`", "") + "`" + (a.numeric()
                            && a.tolerance().signum() > 0 ? " ± " + a.tolerance().toPlainString() : ""))).toList();
            default -> q.options().stream().filter(o -> q.correct().contains(o.id()))
                    .map(o -> markdown.render(o.text())).toList();
        };
    }

    private static List<String> shuffled(List<String> ids, long roundId, String questionId) {
        List<String> out = new ArrayList<>(ids);
        Collections.shuffle(out, new Random(roundId * 31 + questionId.hashCode()));
        if (out.equals(ids) && ids.size() > 1) {
            Collections.rotate(out, 1);
        }
        return out;
    }
}
