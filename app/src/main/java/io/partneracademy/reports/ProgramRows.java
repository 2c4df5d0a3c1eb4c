package io.partneracademy.reports;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;

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

    /** Recorded live-session attendance of one partner's people: sessions attended, and missed with a seat. */
    @Introspected
    record LiveAttendance(String partner, String tier, long attended, long noShows) {
    }

    /** Recorded attendance in one live session of the people of the partners shown: attended, and no-shows. */
    @Introspected
    record LiveSessionAttendance(long sessionId, String title, java.time.Instant startsAt, String timeZone,
                                 long attended, long noShows) {
    }
}
