package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.partners.People;
import io.partneracademy.partners.Person;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attendance and no-show rates for the people a partner manager or partner admin looks after, per partner and per
 * person. Only sessions whose attendance was recorded count; the rate is attended / (attended + no-shows).
 */
@Singleton
public class AttendanceStats {

    private final StatsRepository stats;
    private final Partners partners;
    private final People people;

    AttendanceStats(StatsRepository stats, Partners partners, People people) {
        this.stats = stats;
        this.partners = partners;
        this.people = people;
    }

    /** Counts for one partner or person; rates in whole percent, null when nothing was recorded. */
    record Line(long id, String name, int attended, int noShows) {

        @Nullable
        public Integer attendanceRate() {
            return attended + noShows == 0 ? null : Math.round(100f * attended / (attended + noShows));
        }

        @Nullable
        public Integer noShowRate() {
            return attended + noShows == 0 ? null : 100 - attendanceRate();
        }
    }

    /** Recorded live-session attendance of one partner's current staff. */
    public record Totals(int attended, int noShows) {

        /** Attended / (attended + no-shows) in whole percent; null when nothing was recorded. */
        @Nullable
        public Integer attendanceRate() {
            return new Line(0, "", attended, noShows).attendanceRate();
        }
    }

    /** The partner's attendance totals, for those who look after it (403 otherwise). */
    public Totals totals(CurrentUser viewer, long partnerId) {
        List<Line> lines = lines(people.staff(viewer, partnerId));
        return new Totals(lines.stream().mapToInt(Line::attended).sum(), lines.stream().mapToInt(Line::noShows).sum());
    }

    /** The page: every partner the viewer looks after, and the people of the one chosen. */
    record Page(List<Line> partners, @Nullable Line chosen, List<Line> people) {
    }

    Page page(CurrentUser viewer, @Nullable Long partnerId) {
        List<Line> partnerLines = new ArrayList<>();
        Line chosen = null;
        List<Line> personLines = List.of();
        for (Partner partner : partners.managedBy(viewer)) {
            List<Person> staff = people.staff(viewer, partner.id());
            List<Line> lines = lines(staff);
            Line total = new Line(partner.id(), partner.name(), lines.stream().mapToInt(Line::attended).sum(),
                    lines.stream().mapToInt(Line::noShows).sum());
            partnerLines.add(total);
            if (partnerId != null && partnerId == partner.id()) {
                chosen = total;
                personLines = lines;
            }
        }
        return new Page(partnerLines, chosen, personLines);
    }

    private List<Line> lines(List<Person> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        Map<Long, StatsRepository.Counts> counts = stats.countsFor(staff.stream().map(p -> p.user().id()).toList())
                .stream().collect(Collectors.toMap(StatsRepository.Counts::userId, Function.identity()));
        return staff.stream().map(p -> {
            StatsRepository.Counts c = counts.get(p.user().id());
            return new Line(p.user().id(), p.user().displayName(), c == null ? 0 : (int) c.attended(),
                    c == null ? 0 : (int) c.noShows());
        }).toList();
    }
}
