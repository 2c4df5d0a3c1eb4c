package io.partneracademy.reports;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The aggregated rows the program queries return; one small record per query shape. */
final class ProgramRows {

    private ProgramRows() {
    }

    /** Certifications issued per level. */
    @Introspected
    record Issued(String level, long issued) {
    }

    /** Graded certification exam attempts per level: how many, how many passed, their mean score. */
    @Introspected
    record Graded(String level, long attempts, long passed, @Nullable BigDecimal avgScore) {
    }

    /**
     * Partners of one tier, their distinct actively certified people and active certifications per level, and active
     * specialization certifications (Healthcare, Security, …) together.
     */
    @Introspected
    record TierStatus(String tier, long partners, long people, long foundation, long practitioner, long architect,
                      long specialization) {
    }

    /** One path enrolment in the period, its path's level and how many times the person was certified on the path. */
    @Introspected
    record Enrolment(long userId, String pathId, String level, int certifications) {

        boolean certified() {
            return certifications > 0;
        }
    }

    /** Path enrolments per level, how many of them completed the training, how many got certified. */
    @Introspected
    record Funnel(String level, long enrolled, long trained, long certified) {
    }

    /** How many first certifications of a level took this many whole days from path enrolment. */
    @Introspected
    record Velocity(String level, long days, long people) {
    }

    /**
     * Recorded attendance (live's view) of one partner's current people in one live session of the period: sessions
     * attended, and missed with a seat.
     */
    @Introspected
    record LiveSeats(long partnerId, String partner, String tier, long sessionId, String title,
                     java.time.Instant startsAt, String timeZone, long attended, long noShows) {
    }

    /** Recorded live-session attendance of one partner's people: sessions attended, and missed with a seat. */
    record LiveAttendance(String partner, String tier, long attended, long noShows) {

        /** The rows summed per partner, in the rows' order (by partner name). */
        static List<LiveAttendance> perPartner(List<LiveSeats> seats) {
            Map<Long, LiveAttendance> partners = new LinkedHashMap<>();
            for (LiveSeats s : seats) {
                partners.merge(s.partnerId(), new LiveAttendance(s.partner(), s.tier(), s.attended(), s.noShows()),
                        (a, b) -> new LiveAttendance(a.partner(), a.tier(), a.attended() + b.attended(),
                                a.noShows() + b.noShows()));
            }
            return List.copyOf(partners.values());
        }
    }

    /** Recorded attendance in one live session of the people of the partners shown: attended, and no-shows. */
    record LiveSessionAttendance(long sessionId, String title, java.time.Instant startsAt, String timeZone,
                                 long attended, long noShows) {

        /** The rows summed per session, the earliest first. */
        static List<LiveSessionAttendance> perSession(List<LiveSeats> seats) {
            Map<Long, LiveSessionAttendance> sessions = new HashMap<>();
            for (LiveSeats s : seats) {
                sessions.merge(s.sessionId(), new LiveSessionAttendance(s.sessionId(), s.title(), s.startsAt(),
                        s.timeZone(), s.attended(), s.noShows()), (a, b) -> new LiveSessionAttendance(a.sessionId(),
                        a.title(), a.startsAt(), a.timeZone(), a.attended() + b.attended(), a.noShows() + b.noShows()));
            }
            return sessions.values().stream().sorted(Comparator.comparing(LiveSessionAttendance::startsAt)
                    .thenComparingLong(LiveSessionAttendance::sessionId)).toList();
        }
    }
}
