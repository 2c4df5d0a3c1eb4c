package io.partneracademy.live;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.partners.Partner;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Sessions as a learner sees them: only those their company may attend, in their time zone, with their place. */
@Singleton
class LearnerSessions {

    /** Past sessions stay listed this long for their recording. */
    private static final Duration RECORDINGS_KEPT = Duration.ofDays(180);

    private final LiveSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SessionAccess access;
    private final SessionTimes times;
    private final LiveSessions team;
    private final LiveSettings settings;
    private final CalendarFeed feed;
    private final Clock clock;
    private final SessionUploads uploads;

    LearnerSessions(LiveSessionRepository sessions, RegistrationRepository registrations, SessionAccess access,
                    SessionTimes times, LiveSessions team, LiveSettings settings, CalendarFeed feed, Clock clock,
                    SessionUploads uploads) {
        this.uploads = uploads;
        this.sessions = sessions;
        this.registrations = registrations;
        this.access = access;
        this.times = times;
        this.team = team;
        this.settings = settings;
        this.feed = feed;
        this.clock = clock;
    }

    LiveViews.ListPage list(CurrentUser user, @Nullable java.util.Locale reader) {
        Instant now = clock.instant();
        Optional<Partner> employer = access.employer(user.id());
        Map<Long, Registration> mine = registrations.findActiveByUser(user.id()).stream()
                .collect(Collectors.toMap(Registration::sessionId, Function.identity()));
        Map<String, io.partneracademy.web.ContentText> courses = team.courseTitles(user, reader);
        List<LiveSession> visible = sessions.findNotEndedBy(now.minus(RECORDINGS_KEPT)).stream()
                .filter(s -> shown(employer, mine, s))
                .toList();
        List<LiveViews.Card> upcoming = visible.stream().filter(s -> s.endsAt().isAfter(now))
                .map(s -> card(user.id(), s, mine.get(s.id()), courses, now, written(reader))).toList();
        List<LiveViews.Card> recorded = visible.stream()
                .filter(s -> !s.endsAt().isAfter(now) && recording(s) != null)
                .map(s -> card(user.id(), s, mine.get(s.id()), courses, now, written(reader)))
                .sorted((a, b) -> Long.compare(b.id(), a.id())).toList();
        return new LiveViews.ListPage(times.profileZone(user.id()).map(ZoneId::getId).orElse(null), upcoming, recorded,
                feed.url(user.id()));
    }

    /**
     * The sessions starting from {@code from} (inclusive) to {@code to} that the list would show the person, with
     * their own registration: the month view's sessions, by the same rules as {@link #list}.
     */
    List<Seen> startingBetween(CurrentUser user, Instant from, Instant to) {
        Optional<Partner> employer = access.employer(user.id());
        Map<Long, Registration> mine = registrations.findActiveByUser(user.id()).stream()
                .collect(Collectors.toMap(Registration::sessionId, Function.identity()));
        return sessions.findStartingBetween(from, to).stream().filter(s -> shown(employer, mine, s))
                .map(s -> seen(s, mine.get(s.id()))).toList();
    }

    /** A session the person may see, with their registration (null when they hold none) and place in line (or 0). */
    record Seen(LiveSession session, @Nullable Registration mine, int placeInLine) {

        @Nullable
        RegistrationStatus status() {
            return mine == null ? null : mine.status();
        }
    }

    private Seen seen(LiveSession s, @Nullable Registration mine) {
        return new Seen(s, mine, mine != null && mine.status() == RegistrationStatus.WAITLISTED
                ? registrations.placeInLine(s.id(), mine.seq()) : 0);
    }

    /** Who sees a session: people whose company it admits; a cancelled one only those who had a place in it. */
    private boolean shown(Optional<Partner> employer, Map<Long, Registration> mine, LiveSession s) {
        return access.admits(employer, s) && (!s.cancelled() || mine.containsKey(s.id()));
    }

    /** The session as an .ics file to import, for people who may attend it. */
    String calendarFile(CurrentUser user, long sessionId) {
        return feed.download(access.visible(user.id(), sessionId), user.id());
    }

    LiveViews.Page page(CurrentUser user, long sessionId, @Nullable java.util.Locale reader) {
        LiveSession session = access.visible(user.id(), sessionId);
        Instant now = clock.instant();
        Registration mine = registrations.findBySessionIdAndUserId(sessionId, user.id())
                .filter(r -> r.status() != RegistrationStatus.CANCELLED).orElse(null);
        LiveViews.Card card = card(user.id(), session, mine, team.courseTitles(user, reader), now, written(reader));
        boolean seat = card.registered() && !session.cancelled();
        Instant opens = session.startsAt().minus(settings.joinWindow());
        boolean open = seat && !now.isBefore(opens) && now.isBefore(session.endsAt());
        ZoneId zone = times.zoneFor(user.id(), session);
        String plannedIn = zone.equals(session.zone()) ? null : times.span(session, session.zone(), written(reader));
        boolean beforeStart = now.isBefore(session.startsAt()) && !session.cancelled();
        return new LiveViews.Page(card, session.description(), open ? session.joinUrl() : null,
                seat && now.isBefore(opens) ? times.moment(opens, zone, written(reader)) : null, plannedIn,
                session.endsAt().isAfter(now) ? null : recording(session), materials(session.materials()),
                beforeStart && mine == null, beforeStart && mine != null, access.mayManage(user, session),
                files(session.id(), SessionFile.Kind.MATERIAL));
    }

    /** Where the session's recording is watched: an uploaded one (newest) before a link; null when there is none. */
    @Nullable
    private String recording(LiveSession session) {
        return uploads.recording(session.id()).map(f -> SessionUploads.path(session.id(), f.id()))
                .orElse(session.recordingUrl());
    }

    /** The session's uploaded files of a kind, as links. */
    List<LiveViews.FileLink> files(long sessionId, @Nullable SessionFile.Kind kind) {
        return uploads.list(sessionId).stream().filter(f -> kind == null || f.kind() == kind)
                .map(f -> new LiveViews.FileLink(f.id(), f.fileName(), SessionUploads.path(sessionId, f.id()),
                        io.partneracademy.web.FileSizes.label(f.sizeBytes()), f.kind() == SessionFile.Kind.RECORDING)).toList();
    }

    private LiveViews.Card card(long userId, LiveSession s, @Nullable Registration mine,
                                Map<String, io.partneracademy.web.ContentText> courses,
                                Instant now, java.util.Locale reader) {
        int taken = registrations.countRegistered(s.id());
        int place = mine != null && mine.status() == RegistrationStatus.WAITLISTED
                ? registrations.placeInLine(s.id(), mine.seq()) : 0;
        return new LiveViews.Card(s.id(), s.title(), times.span(s, times.zoneFor(userId, s), reader),
                s.courseId() == null ? null
                        : courses.getOrDefault(s.courseId(), new io.partneracademy.web.ContentText(s.courseId(), null)),
                Math.max(0, s.capacity() - taken), s.capacity(), mine == null ? null : mine.status(), place,
                s.cancelled(), !s.endsAt().isAfter(now));
    }

    /** The language times are written in: the reader's, English where none is known. */
    private static java.util.Locale written(@Nullable java.util.Locale reader) {
        return reader == null ? java.util.Locale.ENGLISH : reader;
    }

    static List<String> materials(@Nullable String materials) {
        return materials == null ? List.of() : Arrays.stream(materials.split("\\R")).map(String::strip)
                .filter(m -> !m.isEmpty()).toList();
    }
}
