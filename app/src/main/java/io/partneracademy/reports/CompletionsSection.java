package io.partneracademy.reports;

import io.partneracademy.catalog.Level;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Certification completions per level, and of specializations (one row for all of them), with the passing rate and
 * average score of graded exam attempts.
 */
final class CompletionsSection {

    static final String ID = "completions";

    private CompletionsSection() {
    }

    static Section build(Labels labels, List<ProgramRows.Issued> issued, List<ProgramRows.Graded> graded) {
        Map<String, Long> issuedBy = issued.stream()
                .collect(Collectors.toMap(ProgramRows.Issued::level, ProgramRows.Issued::issued));
        Map<String, ProgramRows.Graded> gradedBy = graded.stream()
                .collect(Collectors.toMap(ProgramRows.Graded::level, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        long totalIssued = 0;
        ProgramRows.Graded total = new ProgramRows.Graded("", 0, 0, null);
        // Every level, then specializations: not a rung of the funnel, but certifications completed all the same.
        for (Level level : Level.values()) {
            long n = issuedBy.getOrDefault(level.name(), 0L);
            ProgramRows.Graded g = gradedBy.getOrDefault(level.name(), new ProgramRows.Graded(level.name(), 0, 0, null));
            rows.add(row(labels, labels.level(level.name()), n, g));
            bars.add(new Chart.Entry(labels.level(level.name()), n, String.valueOf(n), "issued"));
            totalIssued += n;
            total = add(total, g);
        }
        rows.add(row(labels, labels.text("program.total"), totalIssued, total));
        Table table = new Table(ID, List.of(labels.text("program.completions.level"),
                labels.text("program.completions.issued"), labels.text("program.completions.attempts"),
                labels.text("program.completions.passing"), labels.text("program.completions.score")), rows, true);
        return new Section(labels.text("program.completions.title"), labels.text("program.completions.note"),
                Chart.of(ID, labels.text("program.completions.chart"), bars, null, null), table);
    }

    private static List<String> row(Labels labels, String label, long issued, ProgramRows.Graded g) {
        return List.of(label, String.valueOf(issued), String.valueOf(g.attempts()),
                labels.percent(g.passed(), g.attempts()),
                g.avgScore() == null ? labels.none() : labels.percent(g.avgScore()));
    }

    /** Sums two levels' attempts; the mean score is weighted by attempts, as if computed over all of them. */
    private static ProgramRows.Graded add(ProgramRows.Graded a, ProgramRows.Graded b) {
        long attempts = a.attempts() + b.attempts();
        if (attempts == 0) {
            return a;
        }
        BigDecimal sum = weighted(a).add(weighted(b));
        return new ProgramRows.Graded("", attempts, a.passed() + b.passed(),
                sum.divide(BigDecimal.valueOf(attempts), 4, RoundingMode.HALF_UP));
    }

    private static BigDecimal weighted(ProgramRows.Graded g) {
        return g.avgScore() == null ? BigDecimal.ZERO : g.avgScore().multiply(BigDecimal.valueOf(g.attempts()));
    }
}
