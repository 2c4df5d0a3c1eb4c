package io.partneracademy.reports;

import io.partneracademy.catalog.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Certification velocity per level: whole days from path enrolment to first certification, median and average,
 * against the program's target of under {@value #TARGET_DAYS} days on average. The database returns a histogram
 * (people per number of days), so the median is exact without loading one row per person.
 */
final class VelocitySection {

    static final String ID = "velocity";
    static final int TARGET_DAYS = 30;

    private VelocitySection() {
    }

    static Section build(Labels labels, List<ProgramRows.Velocity> histogram) {
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        Days all = new Days();
        for (Level level : Level.values()) {
            Days days = new Days();
            histogram.stream().filter(v -> v.level().equals(level.name())).forEach(v -> {
                days.add(v.days(), v.people());
                all.add(v.days(), v.people());
            });
            String name = labels.level(level.name());
            rows.add(row(labels, name, days));
            bars.add(new Chart.Entry(name, days.count == 0 ? 0 : days.average(),
                    days.count == 0 ? labels.none() : labels.text("program.velocity.days", labels.decimal(days.average())),
                    days.count > 0 && days.average() < TARGET_DAYS ? "met" : "missed"));
        }
        rows.add(row(labels, labels.text("program.total"), all));
        Table table = new Table(ID, List.of(labels.text("program.velocity.level"),
                labels.text("program.velocity.count"), labels.text("program.velocity.median"),
                labels.text("program.velocity.average"), labels.text("program.velocity.within", TARGET_DAYS),
                labels.text("program.velocity.target", TARGET_DAYS)), rows, true);
        return new Section(labels.text("program.velocity.title"), labels.text("program.velocity.note", TARGET_DAYS),
                Chart.of(ID, labels.text("program.velocity.chart", TARGET_DAYS), bars, (double) TARGET_DAYS,
                        labels.text("program.velocity.target-line", TARGET_DAYS)), table);
    }

    private static List<String> row(Labels labels, String label, Days d) {
        if (d.count == 0) {
            return List.of(label, "0", labels.none(), labels.none(), labels.none(), labels.none());
        }
        return List.of(label, String.valueOf(d.count), labels.decimal(d.median()), labels.decimal(d.average()),
                labels.percent(d.within(TARGET_DAYS), d.count),
                labels.text(d.average() < TARGET_DAYS ? "program.velocity.met" : "program.velocity.missed"));
    }

    /** People per number of days, with the statistics the table prints. */
    static final class Days {

        private final TreeMap<Long, Long> people = new TreeMap<>();
        private long count;
        private long sum;

        void add(long days, long n) {
            people.merge(days, n, Long::sum);
            count += n;
            sum += days * n;
        }

        double average() {
            return (double) sum / count;
        }

        /** The middle value, or the mean of the two middle values when the count is even. */
        double median() {
            return (nth((count - 1) / 2) + nth(count / 2)) / 2.0;
        }

        long within(int limit) {
            return people.headMap((long) limit, false).values().stream().mapToLong(Long::longValue).sum();
        }

        private long nth(long index) {
            long seen = 0;
            for (var e : people.entrySet()) {
                seen += e.getValue();
                if (index < seen) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException("index " + index + " beyond " + count);
        }
    }
}
