package io.partneracademy.tiers;

import java.util.List;

/** The portfolio table as CSV (RFC 4180): the same columns and values as the page. */
final class TierCsv {

    static final String HEADER = "partner,current tier,eligible tier,standing,certified,practitioner or above,architect,"
            + "expiring 30 days,expiring 60 days,expiring 90 days,ARR,referrals,explanation,drops on,drops to,recertify,"
            + "downgrade on,downgrade to";

    private TierCsv() {
    }

    static String write(List<TierDashboard.Line> lines) {
        StringBuilder out = new StringBuilder(HEADER).append("\r\n");
        for (TierDashboard.Line l : lines) {
            out.append(String.join(",", quote(l.partner()), Eligibility.name(l.current()), Eligibility.name(l.eligible()),
                    l.standing(), String.valueOf(l.certified()), String.valueOf(l.practitioners()),
                    String.valueOf(l.architects()), String.valueOf(l.expiring30()), String.valueOf(l.expiring60()),
                    String.valueOf(l.expiring90()), l.arr().toPlainString(), String.valueOf(l.referrals()),
                    quote(l.explanation()), l.dropsOn() == null ? "" : l.dropsOn(),
                    l.dropsTo() == null ? "" : Eligibility.name(l.dropsTo()),
                    quote(String.join("; ", l.recertify())), l.downgradeOn() == null ? "" : l.downgradeOn(),
                    l.downgradeTo() == null ? "" : Eligibility.name(l.downgradeTo()))).append("\r\n");
        }
        return out.toString();
    }

    /** Quotes a field, and neutralises text a spreadsheet would run as a formula. */
    static String quote(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
