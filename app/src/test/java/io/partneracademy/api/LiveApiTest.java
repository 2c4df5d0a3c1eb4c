package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
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
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import io.partneracademy.webhooks.Webhooks;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Live attendance through the API (a partner's people only, synced by change) and as webhook events. */
@MicronautTest(transactional = false)
class LiveApiTest extends DatabaseTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ApiTokens tokens;
    @Inject
    JsonMapper json;
    @Inject
    LiveSessions sessions;
    @Inject
    Registrations registrations;
    @Inject
    Attendance attendance;
    @Inject
    Webhooks webhooks;
    @Inject
    TestClock clock;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.webhooks.allowed-hosts", "127.0.0.1");
        return properties;
    }

    @Test
    void aPartnersTokenSyncsItsPeoplesAttendanceAndSubscribersHearWhoAttendedAndWhoMissed() {
        Partner globex = fixtures.partner("Globex");
        Partner initech = fixtures.partner("Initech");
        UserSummary ana = fixtures.employee(globex, "Ana Attends", Role.LEARNER);
        UserSummary bo = fixtures.employee(globex, "Bo Misses", Role.LEARNER);
        UserSummary ivo = fixtures.employee(initech, "Ivo Elsewhere", Role.LEARNER);
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser author = current(fixtures.user("Erin Enablement", Role.AUTHOR));
        long session = sessions.create(author, form("Live sales training"));
        List.of(ana, bo, ivo).forEach(p -> registrations.register(p.id(), session));
        Webhooks.Subscription hook = webhooks.subscribe(admin.id(), globex.id(), "http://127.0.0.1:9/hook",
                List.of("session.attended", "session.missed"));
        ApiCalls api = new ApiCalls(server.getURI(), json);
        String token = tokens.create(current(admin), new ApiTokenForm("Live", String.valueOf(globex.id()), 30,
                List.of("live:read"))).secret();
        ApiCalls.Answer before = api.get(token, "/api/v1/live/attendance");
        String since = clock.instant().plusSeconds(1).toString();
        clock.advance(Duration.ofHours(3));

        attendance.mark(author, session, List.of(ana.id(), ivo.id()));
        attendance.mark(author, session, List.of(ana.id(), ivo.id()));
        ApiCalls.Answer changed = api.get(token, "/api/v1/live/attendance?updated_since=" + since);
        ApiCalls.Answer noScope = api.get(tokens.create(current(admin), new ApiTokenForm("No live",
                String.valueOf(globex.id()), 30, List.of("people:read"))).secret(), "/api/v1/live/attendance");
        List<Webhooks.Delivery> messages = webhooks.deliveries(null, hook.id(), 10);

        assertThat(before.status()).isEqualTo(200);
        assertThat(before.data()).extracting(s -> s.get("userId"))
                .containsExactlyInAnyOrder((int) ana.id(), (int) bo.id());
        assertThat(before.data()).allSatisfy(s -> assertThat(s.get("attended")).isNull());
        assertThat(changed.data()).extracting(s -> s.get("userId") + "=" + s.get("attended"))
                .containsExactlyInAnyOrder(ana.id() + "=true", bo.id() + "=false");
        assertThat(changed.data().get(0)).containsEntry("sessionTitle", "Live sales training")
                .containsEntry("status", "REGISTERED");
        assertThat(noScope.status()).isEqualTo(403);
        assertThat(messages).extracting(Webhooks.Delivery::eventType)
                .containsExactlyInAnyOrder("session.attended", "session.missed");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartnersTokenListsTheSessionsOpenToItsPeopleWithoutTheirJoinLinks() {
        Partner globex = fixtures.partner("Globex");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        CurrentUser author = current(fixtures.user("Erin Enablement", Role.AUTHOR));
        long open = sessions.create(author, form("Open office hours"));
        SessionForm base = form("Platinum briefing");
        sessions.create(author, new SessionForm(base.title(), base.description(), null, null, base.startsAt(),
                base.endsAt(), base.timeZone(), 20, "PLATINUM", List.<PartnerType>of(), "", "", base.joinUrl(), "", "",
                1));
        registrations.register(fixtures.employee(globex, "Ana Attends", Role.LEARNER).id(), open);
        ApiCalls api = new ApiCalls(server.getURI(), json);
        String partnerToken = tokens.create(current(admin), new ApiTokenForm("Sessions", String.valueOf(globex.id()),
                30, List.of("live:read"))).secret();
        String allToken = tokens.create(current(admin), new ApiTokenForm("All sessions", null, 30,
                List.of("live:read"))).secret();

        ApiCalls.Answer partnerView = api.get(partnerToken, "/api/v1/live/sessions");
        List<Object> everyTitle = new java.util.ArrayList<>();
        List<Integer> pageSizes = new java.util.ArrayList<>();
        Object cursor = "";
        while (cursor != null) {
            ApiCalls.Answer page = api.get(allToken, "/api/v1/live/sessions?limit=1&cursor=" + cursor);
            page.data().forEach(s -> everyTitle.add(s.get("title")));
            pageSizes.add(page.data().size());
            cursor = page.body().get("nextCursor");
        }
        String since = clock.instant().plusSeconds(1).toString();
        clock.advance(Duration.ofHours(1));
        sessions.cancel(open);
        ApiCalls.Answer changed = api.get(partnerToken, "/api/v1/live/sessions?updated_since=" + since);

        assertThat(partnerView.status()).isEqualTo(200);
        assertThat(partnerView.data()).extracting(s -> s.get("title")).contains("Open office hours")
                .doesNotContain("Platinum briefing");
        Map<String, Object> shown = partnerView.data().stream().filter(s -> "Open office hours".equals(s.get("title")))
                .findFirst().orElseThrow();
        assertThat(shown).containsEntry("status", "SCHEDULED").doesNotContainKey("joinUrl");
        assertThat(shown.toString()).doesNotContain("meet.example.com");
        assertThat((Map<String, Object>) shown.get("seats")).containsEntry("capacity", 20).containsEntry("registered", 1);
        assertThat((Map<String, Object>) shown.get("when")).containsEntry("timeZone", "Europe/Berlin");
        assertThat(pageSizes).allSatisfy(size -> assertThat(size).isEqualTo(1));
        assertThat(everyTitle).contains("Open office hours", "Platinum briefing").doesNotHaveDuplicates();
        assertThat(changed.data()).extracting(s -> s.get("title") + " " + s.get("status"))
                .contains("Open office hours CANCELLED").doesNotContain("Platinum briefing SCHEDULED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSeatTakenOrFreedMovesTheSessionIntoTheNextSyncWithItsNewCounts() {
        Partner globex = fixtures.partner("Globex");
        UserSummary admin = fixtures.user("Ada Admin", Role.ADMIN);
        UserSummary ana = fixtures.employee(globex, "Ana Attends", Role.LEARNER);
        UserSummary bo = fixtures.employee(globex, "Bo Waits", Role.LEARNER);
        CurrentUser author = current(fixtures.user("Erin Enablement", Role.AUTHOR));
        SessionForm base = form("Small workshop");
        long session = sessions.create(author, new SessionForm(base.title(), base.description(), null, null,
                base.startsAt(), base.endsAt(), base.timeZone(), 1, null, List.<PartnerType>of(), "", "",
                base.joinUrl(), "", "", 1));
        ApiCalls api = new ApiCalls(server.getURI(), json);
        String token = tokens.create(current(admin), new ApiTokenForm("Sessions", String.valueOf(globex.id()), 30,
                List.of("live:read"))).secret();
        String beforeSeats = clock.instant().plusSeconds(1).toString();
        clock.advance(Duration.ofMinutes(5));

        registrations.register(ana.id(), session);
        ApiCalls.Answer afterSeat = api.get(token, "/api/v1/live/sessions?updated_since=" + beforeSeats);
        String beforeWaitlist = clock.instant().plusSeconds(1).toString();
        clock.advance(Duration.ofMinutes(5));
        registrations.register(bo.id(), session);
        ApiCalls.Answer afterWaitlist = api.get(token, "/api/v1/live/sessions?updated_since=" + beforeWaitlist);
        String quiet = clock.instant().plusSeconds(1).toString();
        clock.advance(Duration.ofMinutes(5));
        ApiCalls.Answer nothingNew = api.get(token, "/api/v1/live/sessions?updated_since=" + quiet);

        assertThat(afterSeat.status()).isEqualTo(200);
        assertThat(afterSeat.data()).extracting(s -> s.get("title")).containsExactly("Small workshop");
        assertThat((Map<String, Object>) afterSeat.data().get(0).get("seats")).containsEntry("registered", 1)
                .containsEntry("waitlisted", 0);
        assertThat(java.time.Instant.parse((String) afterSeat.data().get(0).get("changedAt")))
                .isAfter(java.time.Instant.parse(beforeSeats));
        assertThat(afterWaitlist.data()).extracting(s -> s.get("title")).containsExactly("Small workshop");
        assertThat((Map<String, Object>) afterWaitlist.data().get(0).get("seats")).containsEntry("registered", 1)
                .containsEntry("waitlisted", 1);
        assertThat(nothingNew.data()).isEmpty();
    }

    private SessionForm form(String title) {
        String zone = "Europe/Berlin";
        LocalDateTime start = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), ZoneId.of(zone))
                .withSecond(0).withNano(0);
        return new SessionForm(title, "About " + title, null, null, LOCAL.format(start),
                LOCAL.format(start.plusHours(1)), zone, 20, null, List.<PartnerType>of(), "", "",
                "https://meet.example.com/live", "", "", 1);
    }

    private static CurrentUser current(UserSummary user) {
        return new CurrentUser(user.id(), user.email(), user.displayName(), user.roles());
    }
}
