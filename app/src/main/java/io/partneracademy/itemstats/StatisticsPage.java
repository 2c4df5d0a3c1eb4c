package io.partneracademy.itemstats;

import io.partneracademy.exams.QuestionBank;

import java.time.Instant;
import java.util.List;

/** What the statistics page shows; every number is already formatted, the way the CSV writes it too. */
record StatisticsPage(String examId, io.partneracademy.exams.ExamTitle title, int version, boolean current, List<QuestionBank.Version> versions,
                      boolean allAttempts, Instant computedAt, long millis, Summary summary, Chart chart,
                      List<AttemptNumberRow> byAttemptNumber, List<Header> headers, List<Row> rows, int flagged,
                      Thresholds thresholds) {

    /** The exam-level figures. */
    record Summary(int attempts, String mean, String median, String sd, String cic, String errorRatio,
                   String standardError, String passRate, int passMark) {
    }

    /** The score distribution as an SVG bar chart: geometry computed here, drawn by the template. */
    record Chart(int width, int height, int baseline, List<Bar> bars) {
    }

    /** One bar with its label and count. */
    record Bar(int x, int y, int width, int height, String label, int count, boolean passing) {
    }

    /** Pass rate of the n-th attempts. */
    record AttemptNumberRow(String label, int attempts, int passed, String passRate, int barWidth) {
    }

    /** A sortable column header: link target and whether it is the current sort. */
    record Header(String key, String href, boolean sorted, boolean descending) {
    }

    /** One question: its cells in column order, flags, retirement and option use. */
    record Row(String questionId, String stem, List<String> cells, List<String> flags, boolean retired,
               List<OptionRow> options, List<LanguageRow> languages) {
    }

    /** The question's facility in one exam language, in percent, and whether it stands out from the others. */
    record LanguageRow(String language, int answers, String facility, boolean standsOut) {
    }

    /** One option: how often chosen overall, by the top and by the bottom group, in percent. */
    record OptionRow(String id, String text, boolean correct, int count, String share, String high, String low,
                     boolean unused, boolean favoursHigh) {
    }

    /** The configured flag thresholds, shown on the page so authors know what a flag means. */
    record Thresholds(String minFacility, String maxFacility, String minDiscrimination, int minAnswers,
                      String distractorMargin) {
    }
}
