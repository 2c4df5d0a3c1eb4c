package io.partneracademy.home;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.assignments.AssignedWork;
import io.partneracademy.authoring.Drafts;
import io.partneracademy.catalog.Courses;
import io.partneracademy.catalog.PathRules;
import io.partneracademy.certification.Certifications;
import io.partneracademy.itemstats.FlaggedQuestions;
import io.partneracademy.labs.Reviews;
import io.partneracademy.learning.PathViews;
import io.partneracademy.learning.Paths;
import io.partneracademy.notifications.NotificationRow;
import io.partneracademy.notifications.Notifications;
import io.partneracademy.tiers.TierDashboard;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;

/**
 * Builds a signed-in person's home from the features' own services, one section per role they hold. Every section
 * reads a bounded amount: the person's own records, the oldest few of a queue, or a count with the first few rows.
 */
@Singleton
class Home {

    /** How many rows a list on the home page shows before linking to its full page. */
    static final int FIRST = 5;
    /** How far ahead partner people see expiring certifications. */
    static final int EXPIRY_DAYS = 30;

    private final Courses courses;
    private final Paths paths;
    private final Certifications certifications;
    private final Notifications notifications;
    private final Reviews reviews;
    private final Drafts drafts;
    private final FlaggedQuestions flagged;
    private final TierDashboard tiers;
    private final AssignedWork assigned;
    private final PathRules pathRules;

    Home(Courses courses, Paths paths, Certifications certifications, Notifications notifications, Reviews reviews,
         Drafts drafts, FlaggedQuestions flagged, TierDashboard tiers, AssignedWork assigned, PathRules pathRules) {
        this.assigned = assigned;
        this.pathRules = pathRules;
        this.courses = courses;
        this.paths = paths;
        this.certifications = certifications;
        this.notifications = notifications;
        this.reviews = reviews;
        this.drafts = drafts;
        this.flagged = flagged;
        this.tiers = tiers;
    }

    /** The home page of the person, titles of paths, courses and lab tracks in the reader's language where translated. */
    HomePage of(CurrentUser user, @Nullable Locale reader) {
        boolean managesPartners = user.has(Role.PARTNER_MANAGER) || user.has(Role.PARTNER_ADMIN)
                || user.has(Role.ADMIN);
        return new HomePage(user.has(Role.LEARNER) ? learner(user, reader) : null,
                user.has(Role.REVIEWER) ? new HomePage.Reviewer(reviews.waiting(FIRST)) : null,
                user.has(Role.AUTHOR) ? new HomePage.Author(drafts.savedLastBy(user.id()), flagged.inCurrentVersions(reader))
                        : null,
                managesPartners ? new HomePage.PartnerCare(tiers.atRisk(user, FIRST, reader),
                        tiers.expiring(user, EXPIRY_DAYS, FIRST, reader)) : null,
                user.has(Role.ADMIN));
    }

    private HomePage.Learner learner(CurrentUser user, @Nullable Locale reader) {
        List<PathViews.PathCard> all = paths.list(user, reader);
        int certified = (int) all.stream().filter(p -> p.certifiedUntil() != null).count();
        List<NotificationRow> unread = notifications.recent(user.id()).stream().filter(n -> n.readAt() == null)
                .limit(FIRST).toList();
        List<PathViews.PathCard> levels = all.stream().filter(p -> !p.specialization()).toList();
        PathRules.Titles titles = pathRules.titles(reader);
        List<HomePage.Certification> held = certifications.held(user.id()).stream()
                .map(c -> new HomePage.Certification(c, titles.of(c.pathId(), c.certification()))).toList();
        return new HomePage.Learner(assigned.openFor(user.id(), reader), courses.continueWhereLeftOff(user, reader).orElse(null),
                current(levels), certified, held, notifications.unread(user.id()), unread,
                all.stream().filter(PathViews.PathCard::specialization).toList());
    }

    /** The first uncertified path the person is enrolled in, else the first one they may start now, else none. */
    static PathViews.PathCard current(List<PathViews.PathCard> paths) {
        return paths.stream().filter(p -> p.enrolled() && p.certifiedUntil() == null).findFirst()
                .or(() -> paths.stream().filter(p -> p.certifiedUntil() == null)
                        .filter(p -> p.missing().stream().noneMatch(m -> "certification".equals(m.kind()))).findFirst())
                .orElse(null);
    }
}
