package io.partneracademy.tiers;

import io.micronaut.context.MessageSource;
import io.partneracademy.csv.Csv;
import io.partneracademy.live.LiveAttendance;
import io.partneracademy.web.Formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A partner's people table as CSV: the same columns and cell text as the page, in the reader's language, with dates
 * as the reader's page writes them.
 */
final class TeamCsv {

    private final MessageSource messages;
    private final Locale locale;
    private final Formats fmt;

    private TeamCsv(MessageSource messages, Formats fmt) {
        this.messages = messages;
        this.locale = fmt.locale();
        this.fmt = fmt;
    }

    static String write(PartnerTeam.View view, LiveAttendance.Team live, MessageSource messages, Formats fmt) {
        return new TeamCsv(messages, fmt).write(view, live);
    }

    private String write(PartnerTeam.View view, LiveAttendance.Team live) {
        List<String> header = new ArrayList<>(List.of(msg("users.name"), msg("person.title")));
        view.paths().forEach(p -> header.add(p.title().text()));
        header.addAll(List.of(msg("team.live.attended"), msg("team.live.no-shows"), msg("team.live.rate")));
        List<List<String>> rows = new ArrayList<>();
        for (PartnerTeam.Member m : view.members()) {
            List<String> row = new ArrayList<>(List.of(m.name(), m.jobTitle()));
            m.cells().forEach(c -> row.add(text(c)));
            LiveAttendance.Rates rates = live.people().get(m.userId());
            row.addAll(List.of(String.valueOf(rates.attended()), String.valueOf(rates.noShows()),
                    rates.recorded() ? msg("team.live.rate-value", rates.attendanceRate()) : msg("program.none")));
            rows.add(row);
        }
        return Csv.write(header, rows);
    }

    /** The cell as the page prints it. */
    private String text(PartnerTeam.Cell cell) {
        if (cell.certified()) {
            return msg("team.certified-until", fmt.date(cell.until()));
        }
        return (cell.lapsedOn() == null ? "" : msg("team.lapsed", fmt.date(cell.lapsedOn())) + " ")
                + msg("team.percent", cell.percent());
    }

    private String msg(String key, Object... arguments) {
        return messages.getMessage(key, locale, arguments).orElse(key);
    }
}
