package io.partneracademy.tiers;

import io.partneracademy.csv.Csv;

import java.util.Arrays;
import java.util.List;

/** The portfolio table as CSV: the same columns and values as the page. */
final class TierCsv {

    static final List<String> HEADER = List.of("partner", "current tier", "eligible tier", "standing", "certified",
            "practitioner or above", "architect", "specializations", "expiring 30 days", "expiring 60 days", "expiring 90 days", "ARR",
            "referrals", "explanation", "drops on", "drops to", "recertify", "downgrade on", "downgrade to");

    private TierCsv() {
    }

    static String write(List<TierDashboard.Line> lines) {
        return Csv.write(HEADER, lines.stream().map(TierCsv::row).toList());
    }

    private static List<String> row(TierDashboard.Line l) {
        return Arrays.asList(l.partner(), Eligibility.name(l.current()), Eligibility.name(l.eligible()), l.standing(),
                String.valueOf(l.certified()), String.valueOf(l.practitioners()), String.valueOf(l.architects()),
                String.valueOf(l.specializations()), String.valueOf(l.expiring30()), String.valueOf(l.expiring60()), String.valueOf(l.expiring90()),
                l.arr().toPlainString(), String.valueOf(l.referrals()), l.explanation(),
                l.dropsOn() == null ? "" : l.dropsOn(), l.dropsTo() == null ? "" : Eligibility.name(l.dropsTo()),
                String.join("; ", l.recertify()), l.downgradeOn() == null ? "" : l.downgradeOn(),
                l.downgradeTo() == null ? "" : Eligibility.name(l.downgradeTo()));
    }
}
