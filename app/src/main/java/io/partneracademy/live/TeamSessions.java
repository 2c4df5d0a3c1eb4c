package io.partneracademy.live;

import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.catalog.PathRules;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the enablement team's pages show about sessions: the list with seats taken, and one session's form. */
@Singleton
class TeamSessions {

    private final LiveSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final SessionTimes times;
    private final PathRules paths;
    private final Users users;

    TeamSessions(LiveSessionRepository sessions, RegistrationRepository registrations, SessionTimes times,
                 PathRules paths, Users users) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.times = times;
        this.paths = paths;
        this.users = users;
    }

    /**
     * One session in the team's list.
     *
     * @param when in the session's own zone
     */
    record Row(long id, String title, String when, boolean cancelled, int capacity, int registered, int waitlisted,
               boolean series) {
    }

    /** Every session, newest first, its time written in the reader's language. */
    List<Row> list(java.util.Locale reader) {
        return sessions.findAllNewestFirst().stream().map(s -> row(s, reader)).toList();
    }

    Row summary(long id, java.util.Locale reader) {
        return row(find(id), reader);
    }

    SessionForm form(long id) {
        LiveSession session = find(id);
        List<String> emails = sessions.findInstructorIds(id).stream().map(users::get).map(UserSummary::email).toList();
        return SessionForm.of(session, emails);
    }

    Map<String, String> pathChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        paths.all().forEach(p -> choices.put(p.id(), p.title()));
        return choices;
    }

    private LiveSession find(long id) {
        return sessions.findById(id).orElseThrow(() -> new SessionNotFoundException(id));
    }

    private Row row(LiveSession s, java.util.Locale reader) {
        return new Row(s.id(), s.title(), times.span(s, s.zone(), reader), s.cancelled(), s.capacity(),
                registrations.countRegistered(s.id()), registrations.countWaitlisted(s.id()), s.seriesId() != null);
    }
}
