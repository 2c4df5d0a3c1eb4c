package io.partneracademy.live;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Who may see, attend and run a session: the one place these rules live. */
@Singleton
class SessionAccess {

    private final LiveSessionRepository sessions;
    private final Partners partners;

    SessionAccess(LiveSessionRepository sessions, Partners partners) {
        this.sessions = sessions;
        this.partners = partners;
    }

    /** The session if the person's company may attend it; 404 otherwise. */
    LiveSession visible(long userId, long sessionId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (!admits(partners.currentEmployer(userId), session)) {
            throw new SessionNotFoundException(sessionId);
        }
        return session;
    }

    boolean admits(Optional<Partner> employer, LiveSession session) {
        return session.audience().admits(employer);
    }

    Optional<Partner> employer(long userId) {
        return partners.currentEmployer(userId);
    }

    /** The session if the person runs it: the enablement team (authors, admins) or one of its instructors; else 404. */
    LiveSession managed(CurrentUser user, long sessionId) {
        LiveSession session = sessions.findById(sessionId).orElseThrow(() -> new SessionNotFoundException(sessionId));
        if (!mayManage(user, session)) {
            throw new SessionNotFoundException(sessionId);
        }
        return session;
    }

    boolean mayManage(CurrentUser user, LiveSession session) {
        return isTeam(user) || sessions.findInstructorIds(session.id()).contains(user.id());
    }

    static boolean isTeam(CurrentUser user) {
        return user.has(Role.AUTHOR) || user.has(Role.ADMIN);
    }
}
