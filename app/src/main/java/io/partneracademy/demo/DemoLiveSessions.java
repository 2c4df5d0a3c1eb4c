package io.partneracademy.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.authoring.StartupImportFinished;
import io.partneracademy.live.Attendance;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.Registrations;
import io.partneracademy.live.SessionForm;
import io.partneracademy.partners.Tier;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Demo live sessions, so the calendar is alive on a first start: "Live sales training" for the Practitioner path in
 * Berlin, New York and Tokyo, weekly office hours for Silver partners and above, and past sessions with a recording.
 * Planned through the team's own service, relative to today; runs once, when the catalog and the demo people exist.
 * The monthly product webinar and a quarterly EMEA sales training are content, in {@code content/live/}.
 */
@Singleton
@Requires(property = "partneracademy.demo-data.enabled", value = "true")
class DemoLiveSessions {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLiveSessions.class);
    private static final String COURSE = "demo-delivery";

    private final LiveSessions sessions;
    private final Registrations registrations;
    private final Attendance attendance;
    private final Users users;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    DemoLiveSessions(LiveSessions sessions, Registrations registrations, Attendance attendance, Users users,
                     TransactionOperations<Connection> transactions, Clock clock) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.attendance = attendance;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A planned session: days from today (negative: past), local start, minutes, zone, seats; {@code weeks} above 1 is
     * a weekly series of that many sessions, below -1 a monthly one on the same weekday of the month.
     */
    private record Planned(String title, String description, int days, LocalTime at, int minutes, String zone,
                           int seats, String courseId, Tier minTier, int weeks, String recording) {
    }

    private static final List<Planned> PLAN = List.of(
            new Planned("Live sales training: discovery to demo (EMEA)", "Four hours with a Practitioner coach: "
                    + "discovery questions, a demo that follows the customer's story, and a mock demo with feedback.",
                    3, LocalTime.of(10, 0), 240, "Europe/Berlin", 30, COURSE, null, 1, null),
            new Planned("Live sales training: discovery to demo (Americas)", "The same four hours for the Americas.",
                    4, LocalTime.of(11, 0), 240, "America/New_York", 30, COURSE, null, 1, null),
            new Planned("Live sales training: discovery to demo (APAC)", "The same four hours for Asia and Pacific.",
                    5, LocalTime.of(10, 0), 240, "Asia/Tokyo", 25, COURSE, null, 1, null),
            new Planned("Partner office hours", "Bring your deals and questions; Silver partners and above.",
                    2, LocalTime.of(16, 0), 60, "Europe/Berlin", 40, null, Tier.SILVER, 8, null),
            new Planned("Live sales training: discovery to demo (recorded)", "The November session, recorded.",
                    -14, LocalTime.of(14, 0), 240, "Europe/London", 30, COURSE, null, 1,
                    "https://media.partneracademy.example/live/sales-training-november"),
            new Planned("Quarterly partner training webinar", "Q3 programme news and the new tier benefits.",
                    -30, LocalTime.of(9, 0), 90, "Asia/Singapore", 300, null, null, 1,
                    "https://media.partneracademy.example/live/quarterly-q3"));

    @EventListener
    void onImportFinished(StartupImportFinished event) {
        loadOnce();
    }

    @EventListener
    void onDemoData(DemoDataLoaded event) {
        loadOnce();
    }

    private synchronized void loadOnce() {
        Optional<UserSummary> author = users.findByEmail("author@partneracademy.example");
        if (author.isEmpty() || !sessions.none()) {
            return;
        }
        try {
            int planned = transactions.executeWrite(status -> {
                Map<String, Started> started = plan(author.get());
                attendance(started);
                return started.size();
            });
            LOG.info("Demo live sessions planned: {}", planned);
        } catch (RuntimeException e) {
            LOG.warn("Demo live sessions not planned (yet): {}", e.getMessage());
        }
    }

    /** A planned session's id and when it starts. */
    private record Started(long id, Instant at) {
    }

    private Map<String, Started> plan(UserSummary authorUser) {
        Map<String, Started> started = new HashMap<>();
        CurrentUser author = new CurrentUser(authorUser.id(), authorUser.email(), authorUser.displayName(),
                Set.of(Role.AUTHOR));
        long first = 0;
        for (Planned p : PLAN) {
            ZoneId zone = ZoneId.of(p.zone());
            LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(p.days());
            String start = day.atTime(p.at()).toString();
            String end = day.atTime(p.at()).plusMinutes(p.minutes()).toString();
            long id = sessions.create(author, new SessionForm(p.title(), p.description(), p.courseId(), null, start,
                    end, p.zone(), p.seats(), p.minTier() == null ? null : p.minTier().name(), List.of(), "", authorUser.email(),
                    "https://meet.partneracademy.example/" + Math.abs(p.title().hashCode()), p.recording(),
                    p.recording() == null ? "" : "Slides: Live sales training workbook (PDF)", Math.abs(p.weeks()),
                    p.weeks() > 1 ? "WEEKLY" : p.weeks() < -1 ? "MONTHLY_WEEKDAY" : null, null));
            first = first == 0 ? id : first;
            started.put(p.title(), new Started(id, day.atTime(p.at()).atZone(zone).toInstant()));
        }
        for (String email : List.of("learner@globaltech.example", "yuki.tanaka@globaltech.example",
                "nikos@enterprisepartners.example")) {
            long sessionId = first;
            users.findByEmail(email).ifPresent(u -> registrations.register(u.id(), sessionId));
        }
        return started;
    }

    /** Who was at the past sessions (email, minutes; 0 = a no-show), recorded like history from the meeting tool. */
    private static final Map<String, List<Object[]>> HISTORY = Map.of(
            "Live sales training: discovery to demo (recorded)", List.of(
                    new Object[]{"yuki.tanaka@globaltech.example", 231}, new Object[]{"nikos@enterprisepartners.example", 224},
                    new Object[]{"mike.chen@techpartners.example", 198}, new Object[]{"olga@cloudsolutions.example", 0},
                    new Object[]{"priya@datacorp.example", 12}),
            "Quarterly partner training webinar", List.of(
                    new Object[]{"partneradmin@globaltech.example", 88}, new Object[]{"zoe@enterprisepartners.example", 90},
                    new Object[]{"nikos@enterprisepartners.example", 0}, new Object[]{"priya@datacorp.example", 75}));

    /** Past sessions take no registrations, so their history comes in the way a move from an older tool would. */
    private void attendance(Map<String, Started> started) {
        for (Map.Entry<String, List<Object[]>> session : HISTORY.entrySet()) {
            Started planned = started.get(session.getKey());
            for (Object[] person : session.getValue()) {
                users.findByEmail((String) person[0]).ifPresent(u -> attendance.importHistory(planned.id(), u.id(),
                        planned.at().minus(Duration.ofDays(7)), (Integer) person[1], 30));
            }
        }
    }
}
