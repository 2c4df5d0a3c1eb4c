package io.partneracademy.reports;

import io.partneracademy.catalog.Level;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The enablement funnel per level: enrolled in the path, completed its training, certified; shares of enrolled. */
final class FunnelSection {

    static final String ID = "funnel";

    private FunnelSection() {
    }

    static Section build(Labels labels, List<ProgramRows.Funnel> funnel) {
        Map<String, ProgramRows.Funnel> byLevel = funnel.stream()
                .collect(Collectors.toMap(ProgramRows.Funnel::level, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        ProgramRows.Funnel total = new ProgramRows.Funnel("", 0, 0, 0);
        for (Level level : Level.values()) {
            ProgramRows.Funnel f = byLevel.getOrDefault(level.name(), new ProgramRows.Funnel(level.name(), 0, 0, 0));
            String name = labels.level(level.name());
            rows.add(row(labels, name, f));
            bars.add(new Chart.Entry(labels.text("program.funnel.bar", name, labels.text("program.funnel.enrolled")),
                    f.enrolled(), String.valueOf(f.enrolled()), "enrolled"));
            bars.add(new Chart.Entry(labels.text("program.funnel.bar", name, labels.text("program.funnel.trained")),
                    f.trained(), f.trained() + " (" + labels.percent(f.trained(), f.enrolled()) + ")", "trained"));
            bars.add(new Chart.Entry(labels.text("program.funnel.bar", name, labels.text("program.funnel.certified")),
                    f.certified(), f.certified() + " (" + labels.percent(f.certified(), f.enrolled()) + ")", "certified"));
            total = new ProgramRows.Funnel("", total.enrolled() + f.enrolled(), total.trained() + f.trained(),
                    total.certified() + f.certified());
        }
        rows.add(row(labels, labels.text("program.total"), total));
        Table table = new Table(ID, List.of(labels.text("program.funnel.level"), labels.text("program.funnel.enrolled"),
                labels.text("program.funnel.trained"), labels.text("program.funnel.trained-share"),
                labels.text("program.funnel.certified"), labels.text("program.funnel.certified-share")), rows, true);
        return new Section(labels.text("program.funnel.title"), labels.text("program.funnel.note"),
                Chart.of(ID, labels.text("program.funnel.chart"), bars, null, null), table);
    }

    private static List<String> row(Labels labels, String label, ProgramRows.Funnel f) {
        return List.of(label, String.valueOf(f.enrolled()), String.valueOf(f.trained()),
                labels.percent(f.trained(), f.enrolled()), String.valueOf(f.certified()),
                labels.percent(f.certified(), f.enrolled()));
    }
}
