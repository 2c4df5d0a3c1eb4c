package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.partners.Tier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A session or a series as written in {@code content/live/<id>.yaml}, already checked by the reader (authoring's
 * {@code LiveReader}): what it is, when it repeats and who may come.
 *
 * @param id          the file's id; the series keeps it, so a re-import finds the sessions it made
 * @param fingerprint SHA-256 of the file's text: an unchanged file re-imports as a no-op
 */
public record SessionSpec(String id, String fingerprint, Content content, Schedule schedule, Attendees attendees) {

    /**
     * What learners read, where they join and, by session key ({@link Schedule#occurrences()}), where the recording of
     * a session that took place is.
     */
    public record Content(String title, String description, @Nullable String courseId, @Nullable String pathId,
                          String joinUrl, @Nullable String materials, Map<String, String> recordings) {
    }

    /**
     * The first start (wall-clock time in {@code zone}), the length, how often it repeats and the rule's dates that are
     * not held ({@code skip}).
     */
    public record Schedule(ZoneId zone, LocalDateTime start, int minutes, Recurrence repeat, int count,
                           Set<LocalDate> skip) {

        /** Every start of the rule, skipped dates included, in order. */
        public List<LocalDateTime> ruleStarts() {
            return repeat.starts(start, count);
        }

        /**
         * The sessions the file asks for, by key: the local date of the rule's occurrence ("2027-03-16"), which stays
         * the session's key when the file later changes its time, so a re-import finds each session by its date.
         */
        public Map<String, LocalDateTime> occurrences() {
            Map<String, LocalDateTime> occurrences = new LinkedHashMap<>();
            ruleStarts().stream().filter(s -> !skip.contains(s.toLocalDate()))
                    .forEach(s -> occurrences.put(s.toLocalDate().toString(), s));
            return occurrences;
        }
    }

    /** Seats, the audience (as the catalog's, plus regions) and the instructors by email. */
    public record Attendees(int seats, @Nullable Tier minTier, Set<PartnerType> partnerTypes, Set<String> regions,
                            List<String> instructors) {
    }
}
