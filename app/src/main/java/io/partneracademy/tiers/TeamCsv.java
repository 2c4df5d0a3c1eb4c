package io.partneracademy.tiers;

import io.partneracademy.csv.Csv;
import io.partneracademy.live.LiveAttendance;

import java.util.ArrayList;
import java.util.List;

/** A partner's people table as CSV: the same columns and cell text as the page. */
final class TeamCsv {

    private TeamCsv() {
    }

    static String write(PartnerTeam.View view, LiveAttendance.Team live) {
        List<String> header = new ArrayList<>(List.of("Name", "Job title"));
        view.paths().forEach(p -> header.add(p.title()));
        header.addAll(List.of("Live sessions attended", "No-shows", "Attendance rate"));
        List<List<String>> rows = new ArrayList<>();
        for (PartnerTeam.Member m : view.members()) {
            List<String> row = new ArrayList<>(List.of(m.name(), m.jobTitle()));
            m.cells().forEach(c -> row.add(text(c)));
            LiveAttendance.Rates rates = live.people().get(m.userId());
            row.addAll(List.of(String.valueOf(rates.attended()), String.valueOf(rates.noShows()),
                    rates.recorded() ? rates.attendanceRate() + "%" : "—"));
            rows.add(row);
        }
        return Csv.write(header, rows);
    }

    /** The cell as the page prints it. */
    static String text(PartnerTeam.Cell cell) {
        if (cell.certified()) {
            return "Certified until " + cell.until();
        }
        return (cell.lapsedOn() == null ? "" : "Lapsed " + cell.lapsedOn() + " ") + cell.percent() + "% of training";
    }
}
