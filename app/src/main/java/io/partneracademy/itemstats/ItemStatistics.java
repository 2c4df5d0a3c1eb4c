package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.exams.QuestionBank;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Computes the item statistics of one exam version from the stored attempts: selects the attempts (each person's
 * first closed attempt of the exam, or all), marks every answer the way the grader does, and runs the calculator.
 */
@Singleton
class ItemStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(ItemStatistics.class);
    /** Parallel readers: two, for the two cores these machines have. */
    private static final int READERS = 2;

    private final QuestionBank bank;
    private final AnswerSource source;
    private final ItemStatsSettings settings;
    private final ExecutorService executor;
    private final Clock clock;

    ItemStatistics(QuestionBank bank, AnswerSource source, ItemStatsSettings settings,
                   @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.executor = executor;
        this.bank = bank;
        this.source = source;
        this.settings = settings;
        this.clock = clock;
    }

    Report compute(String examId, int version, boolean allAttempts) {
        long begin = System.nanoTime();
        QuestionBank.Paper paper = bank.paper(examId, version);
        List<AnswerSource.Attempt> ofVersion = source.attempts(examId).stream()
                .filter(a -> a.version() == version).toList();
        List<AnswerSource.Attempt> selected = ofVersion.stream().filter(a -> allAttempts || a.number() == 1).toList();
        Map<Long, Integer> attemptIndex = new HashMap<>();
        selected.forEach(a -> attemptIndex.put(a.id(), attemptIndex.size()));
        Responses responses = read(examId, paper, selected, attemptIndex);
        long read = System.nanoTime();
        int[] optionCounts = paper.questions().stream().mapToInt(q -> q.options().size()).toArray();
        ItemCalculator.Figures figures = ItemCalculator.compute(responses, optionCounts);
        LanguageGaps languages = new LanguageGaps(paper.questions().size(),
                selected.stream().map(AnswerSource.Attempt::language).toArray(String[]::new)).add(responses);
        List<Report.Item> items = new ArrayList<>();
        for (int q = 0; q < paper.questions().size(); q++) {
            items.add(item(paper.questions().get(q), figures.items().get(q), languages.of(q, settings.minAnswers())));
        }
        LOG.info("Item statistics of {} version {} ({}): {} attempts, {} answers; read in {} ms, computed in {} ms",
                examId, version, allAttempts ? "all attempts" : "first attempts", selected.size(), responses.size(),
                (read - begin) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
        long passed = selected.stream().filter(AnswerSource.Attempt::passed).count();
        Double passRate = selected.isEmpty() ? null : 100.0 * passed / selected.size();
        return new Report(examId, paper.title(), version, allAttempts, clock.instant(),
                (System.nanoTime() - begin) / 1_000_000, paper.passMarkPercent(), figures.exam(), passRate,
                distribution(selected), byAttemptNumber(ofVersion), items);
    }

    /**
     * Streams the answers in {@link #READERS} attempt-id ranges at once, each on its own connection and thread into
     * its own arrays: reading, not computing, is what costs at two million answers, and it parallelises.
     */
    private Responses read(String examId, QuestionBank.Paper paper, List<AnswerSource.Attempt> selected,
                           Map<Long, Integer> attemptIndex) {
        long[] ids = selected.stream().mapToLong(AnswerSource.Attempt::id).sorted().toArray();
        List<CompletableFuture<Responses>> parts = new ArrayList<>();
        for (int r = 0; r < READERS && ids.length > 0; r++) {
            int from = ids.length * r / READERS;
            int to = ids.length * (r + 1) / READERS - 1;
            if (from <= to) {
                long first = ids[from];
                long lastId = ids[to];
                int expected = (to - from + 1) * paper.length();
                parts.add(CompletableFuture.supplyAsync(() -> readRange(examId, paper, first, lastId, attemptIndex,
                        selected.size(), expected), executor));
            }
        }
        List<Responses> read = parts.stream().map(CompletableFuture::join).toList();
        return Responses.concat(selected.size(), paper.length(), paper.questions().size(), read);
    }

    private Responses readRange(String examId, QuestionBank.Paper paper, long fromId, long toId,
                                Map<Long, Integer> attemptIndex, int attempts, int expected) {
        Marker marker = new Marker(paper);
        Responses responses = new Responses(attempts, paper.length(), paper.questions().size(), expected);
        long[] last = {-1, -1};
        source.answers(examId, paper.version(), fromId, toId, (attemptId, position, questionAndAnswer) -> {
            // Rows arrive grouped by attempt: look the attempt up once per attempt, not once per answer.
            if (attemptId != last[0]) {
                Integer index = attemptIndex.get(attemptId);
                last[0] = attemptId;
                last[1] = index == null ? -1 : index;
            }
            if (last[1] >= 0) {
                Decoded decoded = marker.decode(questionAndAnswer);
                responses.add((int) last[1], position, decoded.question(), decoded.mark(), decoded.mask());
            }
        });
        return responses;
    }

    private Report.Item item(QuestionBank.Question q, ItemCalculator.ItemFigures f,
                             List<Report.LanguageFacility> languages) {
        List<Report.OptionUse> options = new ArrayList<>();
        for (int o = 0; o < q.options().size(); o++) {
            ExamSpec.Option option = q.options().get(o);
            // for ordering and matching a row counts a part done right, so every row is a "correct" one
            options.add(new Report.OptionUse(option.id(), option.text(),
                    q.correct().contains(option.id()) || !q.typeValue().choice(),
                    f.optionCounts()[o], f.answers() == 0 ? 0 : (double) f.optionCounts()[o] / f.answers(),
                    share(f.highCounts()[o], f.highAnswers()), share(f.lowCounts()[o], f.lowAnswers())));
        }
        return new Report.Item(q.id(), q.section(), q.difficulty(), q.type(), q.stem(), f.answers(), f.facility(),
                f.sd(), f.discrimination(), f.discriminativeEfficiency(), f.effectiveWeight(), options,
                withTranslation(Flags.of(f, options, settings), languages), languages);
    }

    private static List<Report.Flag> withTranslation(List<Report.Flag> flags, List<Report.LanguageFacility> languages) {
        if (!LanguageGaps.flagged(languages)) {
            return flags;
        }
        List<Report.Flag> all = new ArrayList<>(flags);
        all.add(Report.Flag.TRANSLATION);
        return all;
    }

    private static @Nullable Double share(int count, int of) {
        return of == 0 ? null : (double) count / of;
    }

    private static List<Report.Bin> distribution(List<AnswerSource.Attempt> attempts) {
        int[] counts = new int[10];
        attempts.forEach(a -> counts[Math.min(9, Math.max(0, (int) (a.scorePercent() / 10)))]++);
        List<Report.Bin> bins = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bins.add(new Report.Bin(i * 10, i * 10 + 10, counts[i]));
        }
        return bins;
    }

    private static List<Report.AttemptNumber> byAttemptNumber(List<AnswerSource.Attempt> attempts) {
        int last = 4;
        int[] total = new int[last + 1];
        int[] passed = new int[last + 1];
        for (AnswerSource.Attempt a : attempts) {
            int n = Math.min(last, a.number());
            total[n]++;
            passed[n] += a.passed() ? 1 : 0;
        }
        List<Report.AttemptNumber> out = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            if (total[n] > 0) {
                out.add(new Report.AttemptNumber(n, n == last, total[n], passed[n]));
            }
        }
        return out;
    }

    /**
     * Marks answers with the grader's own rule, once per distinct "questionId=answer" (a question has a handful
     * of distinct answers, an exam millions of answers).
     */
    private final class Marker {

        private final QuestionBank.Paper paper;
        private final Map<String, Integer> questionIndex = new HashMap<>();
        private final Map<String, Decoded> memo = new HashMap<>();

        Marker(QuestionBank.Paper paper) {
            this.paper = paper;
            paper.questions().forEach(q -> questionIndex.put(q.id(), questionIndex.size()));
        }

        Decoded decode(String questionAndAnswer) {
            Decoded known = memo.get(questionAndAnswer);
            return known != null ? known : memo.computeIfAbsent(questionAndAnswer, this::compute);
        }

        private Decoded compute(String questionAndAnswer) {
            int split = questionAndAnswer.indexOf('=');
            String questionId = questionAndAnswer.substring(0, split);
            String answer = questionAndAnswer.substring(split + 1);
            Integer index = questionIndex.get(questionId);
            if (index == null) {
                throw new IllegalStateException("answer to " + questionId + ", which is not in " + paper.examId()
                        + " version " + paper.version());
            }
            QuestionBank.Question q = paper.questions().get(index);
            return new Decoded(index, bank.mark(paper.examId(), paper.version(), q.id(), answer), mask(q, answer));
        }

        /**
         * The answer's bits over the question's options in authored order: for choice types the options chosen;
         * for ordering the steps placed in their right position; for matching the options matched to their right
         * target (Moodle's response analysis counts each part of these types on its own); none for short text.
         */
        private static int mask(QuestionBank.Question q, String answer) {
            int mask = 0;
            ExamSpec.Type type = q.typeValue();
            if (type == ExamSpec.Type.ORDERING) {
                List<String> placed = answer.isEmpty() ? List.of() : Arrays.asList(answer.split(",", -1));
                for (int o = 0; o < q.options().size(); o++) {
                    mask |= o < placed.size() && q.item().order().get(o).equals(placed.get(o)) ? 1 << o : 0;
                }
                return mask;
            }
            Set<String> chosen = answer.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(answer.split(",")));
            for (int o = 0; o < q.options().size(); o++) {
                String id = q.options().get(o).id();
                mask |= type == ExamSpec.Type.MATCHING ? (chosen.contains(id + "=" + q.item().pairs().get(id)) ? 1 << o : 0)
                        : type == ExamSpec.Type.SHORT_TEXT ? 0 : (chosen.contains(id) ? 1 << o : 0);
            }
            return mask;
        }
    }

    /** An answer's question index, mark, and chosen options as a bit mask over the options in authored order. */
    private record Decoded(int question, double mark, int mask) {
    }
}
