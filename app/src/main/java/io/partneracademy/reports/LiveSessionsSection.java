package io.partneracademy.reports;

import io.partneracademy.web.Formats;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Live-session attendance per session: for each session that started in the period, how many of the shown partners'
 * people with a seat attended or were no-shows, with the rates; the same recorded seats as {@link LiveSection}, so the
 * totals agree.
 */
final class LiveSessionsSection {

    static final String ID = "live-sessions";

    private LiveSessionsSection() {
    }

    static Section build(Labels labels, List<ProgramRows.LiveSessionAttendance> sessions) {
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        long attended = 0;
        long noShows = 0;
        for (ProgramRows.LiveSessionAttendance s : sessions) {
            long recorded = s.attended() + s.noShows();
            String starts = Formats.of(Locale.ENGLISH, ZoneId.of(s.timeZone())).dateTime(s.startsAt());
            rows.add(List.of(s.title(), starts, String.valueOf(s.attended()), String.valueOf(s.noShows()),
                    labels.percent(s.attended(), recorded), labels.percent(s.noShows(), recorded)));
            bars.add(new Chart.Entry(s.title() + ", " + starts, recorded == 0 ? 0 : 100.0 * s.attended() / recorded,
                    labels.percent(s.attended(), recorded), "met"));
            attended += s.attended();
            noShows += s.noShows();
        }
        rows.add(List.of(labels.text("program.total"), labels.none(), String.valueOf(attended), String.valueOf(noShows),
                labels.percent(attended, attended + noShows), labels.percent(noShows, attended + noShows)));
        Table table = new Table(ID, List.of(labels.text("program.live-sessions.session"),
                labels.text("program.live-sessions.starts"), labels.text("program.live.attended"),
                labels.text("program.live.no-shows"), labels.text("program.live.attendance-rate"),
                labels.text("program.live.no-show-rate")), rows, true);
        return new Section(labels.text("program.live-sessions.title"), labels.text("program.live-sessions.note"),
                Chart.of(ID, labels.text("program.live-sessions.chart"), bars, 100.0, "100%"), table);
    }
}
