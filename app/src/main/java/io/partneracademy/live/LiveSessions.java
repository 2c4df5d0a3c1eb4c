package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.catalog.CatalogViews;
import io.partneracademy.catalog.Courses;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Sessions as the enablement team plans them: create (one, or a weekly series at the same local time), change and
 * cancel. A change that a calendar must see (time, place, cancellation) raises the session's iCalendar sequence and
 * tells everyone registered or waiting; fewer seats than people registered sends the last registered back to the
 * front of the waitlist.
 */
@Singleton
public class LiveSessions {

    private final LiveSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final Registrations seats;
    private final SessionRules rules;
    private final LiveNotices notices;
    private final Courses courses;
    private final LiveSeriesRepository series;
    private final Clock clock;

    LiveSessions(LiveSessionRepository sessions, LiveSeriesRepository series, RegistrationRepository registrations, Registrations seats,
                 SessionRules rules, LiveNotices notices, Courses courses, Clock clock) {
        this.sessions = sessions;
        this.series = series;
        this.registrations = registrations;
        this.seats = seats;
        this.rules = rules;
        this.notices = notices;
        this.courses = courses;
        this.clock = clock;
    }

    /** Course ids and titles a session can belong to, by title. */
    /**
     * The titles of the courses the person may see, each in the reader's language where the course is translated into
     * it, else in its own (with that language, for a {@code lang} attribute): what a learner's session card names.
     */
    Map<String, io.partneracademy.web.ContentText> courseTitles(CurrentUser user, @Nullable java.util.Locale reader) {
        return courses.list(user, reader).stream().collect(Collectors.toMap(CatalogViews.CourseCard::id,
                CatalogViews.CourseCard::titleText, (a, b) -> a, LinkedHashMap::new));
    }

    Map<String, String> courseChoices(CurrentUser user) {
        return courses.list(user).stream().collect(Collectors.toMap(CatalogViews.CourseCard::id,
                CatalogViews.CourseCard::title, (a, b) -> a, LinkedHashMap::new));
    }

    /** Creates the session, or a weekly or monthly series of them; returns the first session's id. */
    @Transactional
    public long create(CurrentUser author, SessionForm form) {
        SessionRules.Checked checked = rules.check(form, courseChoices(author).keySet());
        List<SessionRules.Occurrence> occurrences = checked.occurrences(form.recurrence(), form.count());
        Long seriesId = occurrences.size() > 1 ? series.save(LiveSeries.planned(form.title().strip(), clock.instant(),
                form.recurrence(), checked.start(), checked.zone())).id() : null;
        long first = 0;
        for (SessionRules.Occurrence at : occurrences) {
            long id = insert(seriesId, form, checked, at);
            first = first == 0 ? id : first;
        }
        return first;
    }

    /** Adds one session (the form's first occurrence) to a series, its course checked against {@code courseIds}. */
    long createInSeries(long seriesId, SessionForm form, Set<String> courseIds) {
        SessionRules.Checked checked = rules.check(form, courseIds);
        return insert(seriesId, form, checked, checked.occurrences(Recurrence.NONE, 1).get(0));
    }

    private long insert(@Nullable Long seriesId, SessionForm form, SessionRules.Checked checked,
                        SessionRules.Occurrence at) {
        Instant now = clock.instant();
        LiveAudience audience = form.audience();
        LiveSession saved = sessions.save(new LiveSession(null, UUID.randomUUID() + "@partneracademy", seriesId,
                form.title().strip(), form.description().strip(), SessionRules.blankToNull(form.courseId()),
                SessionRules.blankToNull(form.pathId()), at.start().toInstant(), at.end().toInstant(),
                checked.zone().getId(), form.capacity(),
                audience.catalog().minTier() == null ? null : audience.catalog().minTier().name(),
                audience.typesColumn(), audience.regionsColumn(), form.joinUrl().strip(),
                SessionRules.blankToNull(form.recordingUrl()), SessionRules.blankToNull(form.materials()),
                SessionStatus.SCHEDULED, 0, 0, now, now));
        checked.instructorIds().forEach(id -> sessions.addInstructor(saved.id(), id));
        return saved.id();
    }

    /**
     * Changes a session and, when the form says so, every later session of its series that is not cancelled: each
     * keeps its own date, moved by as many days as this one moved, at the new local time and length; or, when the form
     * chooses another repeat rule than the series has, the later sessions are planned again by that rule from this
     * session's new start (and the series keeps the new rule). Returns how many sessions changed; everyone affected in
     * each is told and gets an updated calendar entry for that session.
     */
    @Transactional
    public int update(CurrentUser author, long sessionId, SessionForm form) {
        LiveSession edited = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        Set<String> courseIds = courseChoices(author).keySet();
        if (!form.following() || edited.seriesId() == null) {
            updateOne(courseIds, sessionId, form);
            return 1;
        }
        SessionRules.Checked checked = rules.check(form, courseIds);
        java.time.LocalDateTime oldStart = java.time.LocalDateTime.ofInstant(edited.startsAt(), edited.zone());
        long days = java.time.temporal.ChronoUnit.DAYS.between(oldStart.toLocalDate(), checked.start().toLocalDate());
        java.time.Duration length = java.time.Duration.between(checked.start(), checked.end());
        List<LiveSession> following = sessions.findSeriesFrom(edited.seriesId(), edited.startsAt()).stream()
                .filter(s -> !s.cancelled()).toList();
        LiveSeries row = series.findById(edited.seriesId()).orElseThrow();
        Recurrence chosen = form.recurrence();
        boolean newRule = chosen != null && chosen != Recurrence.NONE
                && (row.rule() == null || row.rule().recurrence() != chosen);
        List<java.time.LocalDateTime> starts = newRule ? chosen.starts(checked.start(), following.size())
                : following.stream().map(s -> java.time.LocalDateTime.ofInstant(s.startsAt(), s.zone()).toLocalDate()
                .plusDays(days).atTime(checked.start().toLocalTime())).toList();
        for (int i = 0; i < following.size(); i++) {
            updateOne(courseIds, following.get(i).id(), form.at(SessionRules.LOCAL.format(starts.get(i)),
                    SessionRules.LOCAL.format(starts.get(i).plus(length))));
        }
        if (newRule) {
            series.update(row.withRule(new LiveSeries.Rule(chosen, checked.start(), checked.zone())));
        } else if (row.rule() != null) {
            series.update(row.withAnchor(checked.start(), checked.zone()));
        }
        return following.size();
    }

    /** Changes one session, its course checked against {@code courseIds}; the people affected are told. */
    void updateOne(Set<String> courseIds, long sessionId, SessionForm form) {
        seats.lock(sessionId);
        LiveSession old = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        SessionRules.Checked checked = rules.check(form, courseIds);
        LiveAudience audience = form.audience();
        Instant start = checked.start(0).toInstant();
        Instant end = checked.end(0).toInstant();
        boolean calendarChange = !old.startsAt().equals(start) || !old.endsAt().equals(end)
                || !old.title().equals(form.title().strip()) || !old.joinUrl().equals(form.joinUrl().strip())
                || !old.timeZone().equals(checked.zone().getId());
        LiveSession updated = sessions.update(new LiveSession(old.id(), old.uid(), old.seriesId(), form.title().strip(),
                form.description().strip(), SessionRules.blankToNull(form.courseId()),
                SessionRules.blankToNull(form.pathId()), start, end, checked.zone().getId(), form.capacity(),
                audience.catalog().minTier() == null ? null : audience.catalog().minTier().name(),
                audience.typesColumn(), audience.regionsColumn(), form.joinUrl().strip(),
                SessionRules.blankToNull(form.recordingUrl()), SessionRules.blankToNull(form.materials()),
                old.status(), calendarChange ? old.sequence() + 1 : old.sequence(), sessions.currentSeq(sessionId),
                old.createdAt(), clock.instant()));
        sessions.deleteInstructors(sessionId);
        checked.instructorIds().forEach(id -> sessions.addInstructor(sessionId, id));
        if (calendarChange) {
            activeRegistrations(sessionId).forEach(r -> notices.changed(updated, r.userId(),
                    r.status() == RegistrationStatus.REGISTERED));
        }
        if (old.recordingUrl() == null && updated.recordingUrl() != null) {
            activeRegistrations(sessionId).forEach(r -> notices.recordingAdded(updated, r.userId()));
        }
        if (!Objects.equals(old.capacity(), updated.capacity()) && !updated.cancelled()) {
            seats.rebalance(updated);
        }
    }

    /**
     * Sets the recording link of a session from its content file, also after the session took place (that is when a
     * recording exists); when it is the first link, the people registered are told, as for a browser edit.
     */
    void recordingFromFile(long sessionId, String url) {
        seats.lock(sessionId);
        LiveSession old = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        LiveSession updated = sessions.update(new LiveSession(old.id(), old.uid(), old.seriesId(), old.title(),
                old.description(), old.courseId(), old.pathId(), old.startsAt(), old.endsAt(), old.timeZone(),
                old.capacity(), old.minTier(), old.partnerTypes(), old.regions(), old.joinUrl(), url,
                old.materials(), old.status(), old.sequence(), sessions.currentSeq(sessionId),
                old.createdAt(), clock.instant()));
        if (old.recordingUrl() == null) {
            activeRegistrations(sessionId).forEach(r -> notices.recordingAdded(updated, r.userId()));
        }
    }

    /** Cancels the session: everyone registered or waiting is told and gets a calendar cancellation. */
    @Transactional
    public void cancel(long sessionId) {
        seats.lock(sessionId);
        LiveSession old = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (old.cancelled()) {
            return;
        }
        LiveSession cancelled = sessions.update(new LiveSession(old.id(), old.uid(), old.seriesId(), old.title(),
                old.description(), old.courseId(), old.pathId(), old.startsAt(), old.endsAt(), old.timeZone(),
                old.capacity(), old.minTier(), old.partnerTypes(), old.regions(), old.joinUrl(), old.recordingUrl(),
                old.materials(), SessionStatus.CANCELLED, old.sequence() + 1, sessions.currentSeq(sessionId),
                old.createdAt(), clock.instant()));
        activeRegistrations(sessionId).forEach(r -> notices.sessionCancelled(cancelled, r.userId(),
                r.status() == RegistrationStatus.REGISTERED));
    }

    /**
     * For each course with a scheduled session still to come, when the first of them ends: the earliest moment
     * someone can have attended a live session of that course.
     */
    public Map<String, Instant> nextEndByCourse() {
        Map<String, Instant> next = new java.util.HashMap<>();
        for (LiveSession s : sessions.findNotEndedBy(clock.instant())) {
            if (s.status() == SessionStatus.SCHEDULED && s.courseId() != null) {
                next.merge(s.courseId(), s.endsAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return next;
    }

    /**
     * Whether no session has been planned in the browser yet (the demo data plans some on a first start; sessions
     * from content files do not count).
     */
    public boolean none() {
        return sessions.countPlannedInBrowser() == 0;
    }

    /** Every session, newest first, for the team's list. */
    List<LiveSession> all() {
        return sessions.findAllNewestFirst();
    }

    private List<Registration> activeRegistrations(long sessionId) {
        return registrations.findBySessionId(sessionId).stream()
                .filter(r -> r.status() != RegistrationStatus.CANCELLED).toList();
    }
}
