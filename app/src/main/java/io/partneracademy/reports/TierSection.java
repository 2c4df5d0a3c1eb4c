package io.partneracademy.reports;

import io.partneracademy.partners.Tier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Certification status by current partner tier, highest tier first as in the partner success report. */
final class TierSection {

    static final String ID = "tiers";

    private TierSection() {
    }

    static Section build(Labels labels, List<ProgramRows.TierStatus> status) {
        Map<String, ProgramRows.TierStatus> byTier = status.stream()
                .collect(Collectors.toMap(ProgramRows.TierStatus::tier, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        Tier[] tiers = Tier.values();
        for (int i = tiers.length - 1; i >= 0; i--) {
            String name = tiers[i].name();
            ProgramRows.TierStatus s = byTier.getOrDefault(name, new ProgramRows.TierStatus(name, 0, 0, 0, 0, 0, 0));
            String average = labels.ratio(s.people(), s.partners());
            rows.add(List.of(labels.tier(name), String.valueOf(s.partners()), average, String.valueOf(s.foundation()),
                    String.valueOf(s.practitioner()), String.valueOf(s.architect()),
                    String.valueOf(s.specialization())));
            bars.add(new Chart.Entry(labels.tier(name), s.partners() == 0 ? 0 : (double) s.people() / s.partners(),
                    average, "tier-" + name.toLowerCase(java.util.Locale.ROOT)));
        }
        Table table = new Table(ID, List.of(labels.text("program.tiers.tier"), labels.text("program.tiers.partners"),
                labels.text("program.tiers.average"), labels.level("FOUNDATION"), labels.level("PRACTITIONER"),
                labels.level("ARCHITECT"), labels.text("program.tiers.specializations")), rows, false);
        return new Section(labels.text("program.tiers.title"), labels.text("program.tiers.note"),
                Chart.of(ID, labels.text("program.tiers.chart"), bars, null, null), table);
    }
}
