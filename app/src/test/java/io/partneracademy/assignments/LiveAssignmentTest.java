package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.live.Attendance;
import io.partneracademy.live.LiveSessions;
import io.partneracademy.live.Registrations;
import io.partneracademy.live.SessionForm;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerType;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attending a live session of a course is assignable work: listed while a session of the course is still to come,
 * due no earlier than the first one ends, and done when the person's attendance is recorded.
 */
@MicronautTest(transactional = false)
class LiveAssignmentTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    TestClock clock;
    @Inject
    LiveSessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Attendance attendance;
    @Inject
    AssignmentReminders reminders;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.assignments.job-initial-delay", "1000d");
        return properties;
    }

    @BeforeAll
    void importContent() {
        learning.importCertifiableBasics();
    }

    @Test
    void aPersonAssignedALiveSessionIsDoneOnceTheirAttendanceIsRecorded() {
        Partner partner = fixtures.partner("Live");
        UserSummary admin = fixtures.employee(partner, "Lia Admin", Role.PARTNER_ADMIN);
        UserSummary ann = fixtures.employee(partner, "Ann Attendee", Role.LEARNER);
        Browser browser = signedIn(admin);
        String page = "/assignments/partners/" + partner.id();
        assertThat(browser.get(page).html().select("#work option").eachText()).doesNotContain("Live session: Introduction");
        CurrentUser author = author();
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(3)), ZoneOffset.UTC)
                .withSecond(0).withNano(0);
        long session = sessions.create(author, new SessionForm("Intro live", "Introduction, live", "intro", null,
                LOCAL.format(start), LOCAL.format(start.plusHours(1)), "UTC", 10, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/intro", "", "", 1));
        LocalDate sessionDay = start.plusHours(1).toLocalDate();

        Browser.Page form = browser.get(page);
        Browser.Page early = browser.postFields(page, fields("LIVE:intro", sessionDay.minusDays(1).toString(), ann));
        Browser.Page ok = browser.postFields(page, fields("LIVE:intro", sessionDay.plusDays(2).toString(), ann));

        assertThat(form.html().select("#work option").eachText()).contains("Live session: Introduction");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.html().selectFirst("#dueOn-errors").text()).isEqualTo("The due date "
                + english(sessionDay.minusDays(1)) + " is too early: the first live session of Introduction ends on "
                + english(sessionDay) + ".");
        assertThat(ok.status()).isEqualTo(303);
        assertThat(signedIn(ann).get("/").html().selectFirst("#home-assigned").text())
                .contains("Introduction", "Assigned by Lia Admin, due " + io.partneracademy.web.Formats.of(java.util.Locale.ENGLISH, java.time.ZoneId.of("UTC")).date(sessionDay.plusDays(2)));
        assertThat(signedIn(ann).get("/").html().selectFirst("#home-assigned a").attr("href")).isEqualTo("/live");

        registrations.register(ann.id(), session);
        clock.advance(Duration.ofDays(4));
        try {
            attendance.mark(author, session, List.of(ann.id()));
            AssignmentReminders.Run run = reminders.run();

            assertThat(run.closed()).isEqualTo(1);
            assertThat(signedIn(admin).get(page).html().selectFirst("#assignment-counts").text())
                    .isEqualTo("0 open, 0 overdue, 1 done");
            assertThat(signedIn(ann).get("/").html().selectFirst("#home-assigned")).isNull();
        } finally {
            clock.advance(Duration.ofDays(-4));
        }
    }

    /** A date as English pages write it. */
    private static String english(LocalDate day) {
        return DateTimeFormatter.ofPattern("MMM d, uuuu", java.util.Locale.ENGLISH).format(day);
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CurrentUser author() {
        UserSummary user = fixtures.user("Erin Enablement", Role.AUTHOR);
        return new CurrentUser(user.id(), user.email(), user.displayName(), Set.of(Role.AUTHOR));
    }

    private static List<Map.Entry<String, String>> fields(String work, String due, UserSummary person) {
        return List.of(Map.entry("work", work), Map.entry("dueOn", due), Map.entry("note", ""),
                Map.entry("people", String.valueOf(person.id())));
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
