package io.partneracademy.itemstats;

import io.partneracademy.exams.QuestionBank;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The questions item statistics flag in each exam's current version, for an author's start page. Reads the same
 * cached reports as the statistics pages (first attempts unless configured otherwise), so a report is computed at
 * most once per exam and cache period on each server, whichever page asked first.
 */
@Singleton
public class FlaggedQuestions {

    private final QuestionBank bank;
    private final ReportCache cache;
    private final StatisticsPages pages;
    private final ItemStatsSettings settings;

    FlaggedQuestions(QuestionBank bank, ReportCache cache, StatisticsPages pages, ItemStatsSettings settings) {
        this.bank = bank;
        this.cache = cache;
        this.pages = pages;
        this.settings = settings;
    }

    /** One flagged question: its id, its stem and the codes of its flags (too-easy, low-discrimination, …). */
    public record Question(String id, String stem, List<String> flags) {
    }

    /** An exam with flagged questions that are still drawn (retired ones are left out). */
    public record Exam(String id, String title, int version, List<Question> questions) {
    }

    /**
     * The exams whose current version has flagged questions still in use, in the question bank's order, titled in
     * the reader's language where translated.
     */
    public List<Exam> inCurrentVersions(@io.micronaut.core.annotation.Nullable java.util.Locale reader) {
        List<Exam> exams = new ArrayList<>();
        for (QuestionBank.ExamRef ref : bank.exams(reader == null ? java.util.Locale.ENGLISH : reader)) {
            Report report = cache.get(ref.id(), ref.currentVersion(), settings.allAttemptsByDefault());
            Set<String> retired = pages.retired(ref.id());
            List<Question> flagged = report.items().stream()
                    .filter(i -> !i.flags().isEmpty() && !retired.contains(i.questionId()))
                    .map(i -> new Question(i.questionId(), i.stem(), i.flags().stream().map(Report.Flag::code).toList()))
                    .toList();
            if (!flagged.isEmpty()) {
                exams.add(new Exam(ref.id(), ref.title(), ref.currentVersion(), flagged));
            }
        }
        return exams;
    }
}
