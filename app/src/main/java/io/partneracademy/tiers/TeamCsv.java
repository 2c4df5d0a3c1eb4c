package io.partneracademy.tiers;

import java.util.ArrayList;
import java.util.List;

/** A partner's people table as CSV: the same columns and cell text as the page. */
final class TeamCsv {

    private TeamCsv() {
    }

    static String write(PartnerTeam.View view) {
        List<String> header = new ArrayList<>(List.of("Name", "Job title"));
        view.paths().forEach(p -> header.add(p.title()));
        StringBuilder out = new StringBuilder(String.join(",", header.stream().map(TierCsv::quote).toList()))
                .append("\r\n");
        for (PartnerTeam.Member m : view.members()) {
            List<String> row = new ArrayList<>(List.of(TierCsv.quote(m.name()), TierCsv.quote(m.jobTitle())));
            m.cells().forEach(c -> row.add(TierCsv.quote(text(c))));
            out.append(String.join(",", row)).append("\r\n");
        }
        return out.toString();
    }

    /** The cell as the page prints it. */
    static String text(PartnerTeam.Cell cell) {
        if (cell.certified()) {
            return "Certified until " + cell.until();
        }
        return (cell.lapsedOn() == null ? "" : "Lapsed " + cell.lapsedOn() + " ") + cell.percent() + "% of training";
    }
}
