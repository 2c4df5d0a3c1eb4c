package io.partneracademy.itemstats;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.exams.QuestionBank;
import io.partneracademy.exams.QuestionRetirements;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Builds the statistics page and the CSV rows from a (cached) report and the live retirement state. */
@Singleton
class StatisticsPages {

    private static final int CHART_WIDTH = 520;
    private static final int CHART_HEIGHT = 200;
    private static final int CHART_BASE = 170;

    private final QuestionBank bank;
    private final QuestionRetirements retirements;
    private final ReportCache cache;
    private final ItemStatsSettings settings;

    StatisticsPages(QuestionBank bank, QuestionRetirements retirements, ReportCache cache, ItemStatsSettings settings) {
        this.bank = bank;
        this.retirements = retirements;
        this.cache = cache;
        this.settings = settings;
    }

    /** The request's selection: version (null = current), scope, sort column and direction. */
    record Query(@Nullable Integer version, @Nullable String scope, @Nullable String sort, @Nullable String dir) {

        boolean allAttempts(ItemStatsSettings settings) {
            return scope == null ? settings.allAttemptsByDefault() : "all".equals(scope);
        }

        boolean descending() {
            return "desc".equals(dir);
        }
    }

    List<QuestionBank.ExamRef> exams(java.util.Locale reader) {
        return bank.exams(reader);
    }

    /** The version the query means, checked to exist. */
    int version(String examId, Query query) {
        QuestionBank.ExamRef exam = bank.exam(examId);
        int version = query.version() == null ? exam.currentVersion() : query.version();
        bank.paper(examId, version);
        return version;
    }

    Report report(String examId, Query query, boolean refresh) {
        int version = version(examId, query);
        boolean all = query.allAttempts(settings);
        return refresh ? cache.refresh(examId, version, all) : cache.get(examId, version, all);
    }

    StatisticsPage page(String examId, Query query, java.util.Locale reader) {
        Report report = report(examId, query, false);
        List<QuestionBank.Version> versions = bank.versions(examId);
        Set<String> retired = retirements.retired(examId);
        Column sort = Column.byKey(query.sort());
        List<StatisticsPage.Row> rows = rows(report, sort, query.descending(), retired);
        List<StatisticsPage.Header> headers = Arrays.stream(Column.values()).map(c -> new StatisticsPage.Header(
                c.key(), href(report, c.key(), c == sort && !query.descending() ? "desc" : "asc"), c == sort,
                query.descending())).toList();
        return new StatisticsPage(examId, bank.title(examId, report.version(), reader), report.version(),
                versions.stream().anyMatch(v -> v.current() && v.version() == report.version()), versions,
                report.allAttempts(), report.computedAt(), report.millis(), summary(report),
                chart(report), attemptNumbers(report), headers, rows,
                (int) rows.stream().filter(r -> !r.flags().isEmpty()).count(), thresholds());
    }

    /** The table's rows in the requested order: the CSV export writes exactly these. */
    List<StatisticsPage.Row> rows(Report report, Column sort, boolean descending, Set<String> retired) {
        return report.items().stream().sorted(sort.order(descending)).map(i -> new StatisticsPage.Row(i.questionId(),
                i.stem(), Arrays.stream(Column.values()).filter(c -> c != Column.FLAGS).map(c -> c.cell(i)).toList(),
                i.flags().stream().map(Report.Flag::code).toList(), retired.contains(i.questionId()),
                options(i), i.languages().stream().map(l -> new StatisticsPage.LanguageRow(l.language(), l.answers(),
                Column.percent(l.facility()), l.standsOut())).toList())).toList();
    }

    Set<String> retired(String examId) {
        return retirements.retired(examId);
    }

    private List<StatisticsPage.OptionRow> options(Report.Item item) {
        return item.options().stream().map(o -> new StatisticsPage.OptionRow(o.id(), o.text(), o.correct(), o.count(),
                Column.percent(o.share()), Column.percent(o.highShare()), Column.percent(o.lowShare()),
                !o.correct() && o.count() == 0, !o.correct() && o.highShare() != null && o.lowShare() != null
                && o.highShare() > o.lowShare() + settings.distractorMargin())).toList();
    }

    private static StatisticsPage.Summary summary(Report r) {
        ItemCalculator.ExamFigures e = r.exam();
        return new StatisticsPage.Summary(e.attempts(), Column.fixed(e.mean()), Column.fixed(e.median()),
                Column.fixed(e.sd()), Column.fixed(e.cic()), Column.fixed(e.errorRatio()),
                Column.fixed(e.standardError()), Column.fixed(r.passRate()), r.passMarkPercent());
    }

    private static StatisticsPage.Chart chart(Report r) {
        int max = Math.max(1, r.distribution().stream().mapToInt(Report.Bin::count).max().orElse(1));
        int slot = (CHART_WIDTH - 40) / r.distribution().size();
        List<StatisticsPage.Bar> bars = new ArrayList<>();
        for (int i = 0; i < r.distribution().size(); i++) {
            Report.Bin bin = r.distribution().get(i);
            int height = (int) Math.round((CHART_BASE - 20) * (double) bin.count() / max);
            bars.add(new StatisticsPage.Bar(30 + i * slot, CHART_BASE - height, slot - 6, height,
                    bin.from() + "–" + (bin.to() == 100 ? "100" : String.valueOf(bin.to())), bin.count(),
                    bin.from() >= r.passMarkPercent()));
        }
        return new StatisticsPage.Chart(CHART_WIDTH, CHART_HEIGHT, CHART_BASE, bars);
    }

    private static List<StatisticsPage.AttemptNumberRow> attemptNumbers(Report r) {
        return r.byAttemptNumber().stream().map(a -> new StatisticsPage.AttemptNumberRow(
                a.number() + (a.orLater() ? "+" : ""), a.attempts(), a.passed(),
                String.format(java.util.Locale.ROOT, "%.1f", a.passRate()), (int) Math.round(a.passRate() * 2)))
                .toList();
    }

    private StatisticsPage.Thresholds thresholds() {
        return new StatisticsPage.Thresholds(Column.percent(settings.minFacility()),
                Column.percent(settings.maxFacility()), Column.fixed(settings.minDiscrimination()),
                settings.minAnswers(), Column.percent(settings.distractorMargin()));
    }

    static String href(Report r, String sort, String dir) {
        return "/itemstats/" + r.examId() + "?version=" + r.version() + "&scope=" + (r.allAttempts() ? "all" : "first")
                + "&sort=" + sort + "&dir=" + dir;
    }
}
