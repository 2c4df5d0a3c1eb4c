package io.partneracademy.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * Live-session attendance per partner: sessions attended and no-shows of the partner's people (recorded attendance
 * only), the attendance rate and the no-show rate; the total over the partners shown last.
 */
final class LiveSection {

    static final String ID = "live";

    private LiveSection() {
    }

    static Section build(Labels labels, List<ProgramRows.LiveAttendance> partners) {
        List<List<String>> rows = new ArrayList<>();
        List<Chart.Entry> bars = new ArrayList<>();
        long attended = 0;
        long noShows = 0;
        for (ProgramRows.LiveAttendance p : partners) {
            long recorded = p.attended() + p.noShows();
            rows.add(List.of(p.partner(), labels.tier(p.tier()), String.valueOf(p.attended()),
                    String.valueOf(p.noShows()), labels.percent(p.attended(), recorded),
                    labels.percent(p.noShows(), recorded)));
            bars.add(new Chart.Entry(p.partner(), recorded == 0 ? 0 : 100.0 * p.attended() / recorded,
                    labels.percent(p.attended(), recorded), "met"));
            attended += p.attended();
            noShows += p.noShows();
        }
        rows.add(List.of(labels.text("program.total"), labels.none(), String.valueOf(attended), String.valueOf(noShows),
                labels.percent(attended, attended + noShows), labels.percent(noShows, attended + noShows)));
        Table table = new Table(ID, List.of(labels.text("program.live.partner"), labels.text("program.tiers.tier"),
                labels.text("program.live.attended"), labels.text("program.live.no-shows"),
                labels.text("program.live.attendance-rate"), labels.text("program.live.no-show-rate")), rows, true);
        return new Section(labels.text("program.live.title"), labels.text("program.live.note"),
                Chart.of(ID, labels.text("program.live.chart"), bars, 100.0, "100%"), table);
    }
}
