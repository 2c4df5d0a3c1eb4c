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
        TierDashboard.Assessment a = l.assessment();
        TierDashboard.Counts c = l.counts();
        TierDashboard.Outlook o = l.outlook();
        return Arrays.asList(l.partner(), Eligibility.name(l.current()), Eligibility.name(a.eligible()), a.standing().name(),
                String.valueOf(c.certified()), String.valueOf(c.practitioners()), String.valueOf(c.architects()),
                String.valueOf(c.specializations()), String.valueOf(l.expiring().in30()),
                String.valueOf(l.expiring().in60()), String.valueOf(l.expiring().in90()),
                a.arr().toPlainString(), String.valueOf(a.referrals()), a.explanation(),
                o.dropsOn() == null ? "" : o.dropsOn(), o.dropsTo() == null ? "" : Eligibility.name(o.dropsTo()),
                String.join("; ", o.recertify()), o.downgradeOn() == null ? "" : o.downgradeOn(),
                o.downgradeTo() == null ? "" : Eligibility.name(o.downgradeTo()));
    }
}
