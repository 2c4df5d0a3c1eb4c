package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON API's partners and people through the features' own services: reads, writes, ETags, paging. */
@MicronautTest(transactional = false)
class ApiResourcesTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ApiTokens tokens;
    @Inject
    JsonMapper json;
    @Inject
    People people;
    @Inject
    Learning learning;
    @Inject
    io.partneracademy.search.SearchSync sync;
    @Inject
    io.partneracademy.tiers.TierEvents tierEvents;
    @Inject
    io.partneracademy.tiers.PartnerMetrics metrics;
    @Inject
    javax.sql.DataSource dataSource;

    private ApiCalls api;
    private UserSummary admin;

    @BeforeAll
    void setUp() {
        learning.importCertifiableBasics();
        api = new ApiCalls(server.getURI(), json);
        admin = fixtures.user("Resources Admin", Role.ADMIN);
    }

    @Test
    void aPartnerReadsItsTierStandingWithTheExplanationAndItsHistory() {
        Partner partner = fixtures.partner("Standing");
        String token = token(partner.id(), "partners:read", "tiers:read");

        ApiCalls.Answer one = api.get(token, "/api/v1/partners/" + partner.id());
        ApiCalls.Answer list = api.get(token, "/api/v1/partners");
        ApiCalls.Answer history = api.get(token, "/api/v1/partners/" + partner.id() + "/tier-history");
        ApiCalls.Answer other = api.get(token, "/api/v1/partners/" + fixtures.partner("Elsewhere").id());

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).containsEntry("name", partner.name()).containsEntry("tier", "SILVER");
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) one.body().get("eligibility");
        assertThat(eligibility.get("explanation").toString()).isNotBlank();
        assertThat(eligibility).containsKeys("eligibleTier", "standing", "certified");
        // An ISO 8601 instant, as every other moment in the API ("2026-12-06T19:05:00Z"), not display text.
        assertThat(java.time.Instant.parse(eligibility.get("assessedAt").toString())).isNotNull();
        assertThat(list.data()).extracting(p -> p.get("id")).containsExactly((int) (long) partner.id());
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.listBody()).isNotEmpty();
        assertThat(other.status()).isEqualTo(403);
    }

    @Test
    void aPartnerInvitesEnrolsAndOffboardsAPerson() {
        Partner partner = fixtures.partner("Writes");
        String token = token(partner.id(), "people:read", "people:write", "enrolments:read", "enrolments:write");

        ApiCalls.Answer invited = api.send(token, "POST", "/api/v1/partners/" + partner.id() + "/people",
                Map.of("email", "new.hire." + partner.id() + "@example.com", "displayName", "New Hire",
                        "jobTitle", "Sales engineer"));
        Object personId = invited.body().get("personId");
        ApiCalls.Answer staff = api.get(token, "/api/v1/partners/" + partner.id() + "/people");
        ApiCalls.Answer enrolled = api.send(token, "POST", "/api/v1/people/" + personId + "/enrolments",
                Map.of("pathId", "basics"));
        ApiCalls.Answer badPath = api.send(token, "POST", "/api/v1/people/" + personId + "/enrolments",
                Map.of("pathId", "no-such-path"));
        ApiCalls.Answer left = api.send(token, "POST", "/api/v1/partners/" + partner.id() + "/people/" + personId
                + "/leave", null);
        ApiCalls.Answer badInvite = api.send(token, "POST", "/api/v1/partners/" + partner.id() + "/people",
                Map.of("email", "not an email", "displayName", ""));

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body().get("invitationUrl").toString()).contains("/invitations/");
        assertThat(staff.data()).anySatisfy(p -> assertThat(p.toString()).contains("New Hire", "Sales engineer"));
        assertThat(enrolled.status()).isEqualTo(201);
        assertThat(enrolled.listBody().toString()).contains("basics");
        assertThat(badPath.status()).isEqualTo(404);
        assertThat(badPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(left.status()).isEqualTo(204);
        assertThat(api.get(token, "/api/v1/partners/" + partner.id() + "/people").data()).isEmpty();
        assertThat(badInvite.status()).isEqualTo(422);
    }

    @Test
    void aSyncPagesThePartnersPeopleByChangeAndSeesWhoLeftAndWhoWasDeactivated() {
        Partner partner = fixtures.partner("Sync");
        UserSummary ann = fixtures.employee(partner, "Ann Sync", Role.LEARNER);
        UserSummary bob = fixtures.employee(partner, "Bob Sync", Role.LEARNER);
        UserSummary cy = fixtures.employee(partner, "Cy Sync", Role.LEARNER);
        String token = token(partner.id(), "people:read", "people:write");
        String base = "/api/v1/partners/" + partner.id() + "/people";
        // Let the tier job finish the three joins first: an outbox insert racing its batch can lose a deadlock.
        while (tierEvents.process() > 0) {
            Thread.onSpinWait();
        }
        ApiCalls.Answer first = api.get(token, base + "?limit=2");
        ApiCalls.Answer second = api.get(token, base + "?limit=2&cursor=" + first.body().get("nextCursor"));
        String syncedAt = java.time.Instant.now().toString();

        ApiCalls.Answer left = api.send(token, "POST", base + "/" + bob.id() + "/leave", null);
        ApiCalls.Answer deactivated = api.send(token, "POST", base + "/" + cy.id() + "/deactivate", null);
        ApiCalls.Answer current = api.get(token, base + "?updated_since=" + syncedAt);
        ApiCalls.Answer all = api.get(token, base + "?status=all&updated_since=" + syncedAt);
        ApiCalls.Answer badStatus = api.get(token, base + "?status=former");

        assertThat(first.data()).extracting(p -> p.get("name")).containsExactly("Ann Sync", "Bob Sync");
        assertThat(second.data()).extracting(p -> p.get("name")).containsExactly("Cy Sync");
        assertThat(second.body().get("nextCursor")).isNull();
        assertThat(left.status()).isEqualTo(204);
        assertThat(deactivated.status()).isEqualTo(204);
        assertThat(current.data()).extracting(p -> p.get("name")).containsExactly("Cy Sync");
        assertThat(current.data().get(0)).containsEntry("active", false);
        assertThat(all.data()).extracting(p -> p.get("name")).containsExactlyInAnyOrder("Bob Sync", "Cy Sync");
        assertThat(all.data()).filteredOn(p -> p.get("name").equals("Bob Sync")).singleElement()
                .satisfies(p -> assertThat(p.get("leftOn")).isNotNull());
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ann.id()).isPositive();
    }

    @Test
    void aPersonsPathProgressAndExamAttemptsAreReadWithoutQuestionsOrAnswers() {
        Partner partner = fixtures.partner("Progress");
        UserSummary lea = fixtures.employee(partner, "Lea Learner", Role.LEARNER);
        io.partneracademy.accounts.CurrentUser me = io.partneracademy.support.Learning.learner(lea);
        learning.completeIntro(me);
        learning.pass(me, "quiz");
        String token = token(partner.id(), "enrolments:read", "attempts:read");
        String other = token(fixtures.partner("Elsewhere").id(), "enrolments:read", "attempts:read");

        ApiCalls.Answer progress = api.get(token, "/api/v1/people/" + lea.id() + "/progress");
        ApiCalls.Answer attempts = api.get(token, "/api/v1/people/" + lea.id() + "/exam-attempts");
        ApiCalls.Answer notTheirs = api.get(other, "/api/v1/people/" + lea.id() + "/exam-attempts");
        ApiCalls.Answer noScope = api.get(token(partner.id(), "people:read"), "/api/v1/people/" + lea.id() + "/progress");

        assertThat(progress.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> basics = progress.listBody().stream().map(p -> (Map<String, Object>) p)
                .filter(p -> p.get("pathId").equals("basics")).findFirst().orElseThrow();
        assertThat(basics.get("courses").toString()).contains("courseId=intro", "lessonsDone=2", "percent=100");
        assertThat(attempts.status()).isEqualTo(200);
        assertThat(attempts.listBody()).singleElement().satisfies(a -> assertThat(a.toString())
                .contains("examId=quiz", "status=SUBMITTED", "passed=true", "scorePercent=100"));
        assertThat(attempts.raw().body()).doesNotContain("question", "option", "answer");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(noScope.status()).isEqualTo(403);
    }

    @Test
    void librarySearchFindsWhatTheTokensCreatorMaySee() {
        sync.syncNow();
        String token = token(null, "library:read");

        ApiCalls.Answer found = api.get(token, "/api/v1/library/search?q=Introduction&kind=course");
        ApiCalls.Answer badSort = api.get(token, "/api/v1/library/search?q=x&sort=sideways");
        ApiCalls.Answer noScope = api.get(token(null, "people:read"), "/api/v1/library/search?q=x");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).containsEntry("page", 1);
        assertThat(((java.util.List<?>) found.body().get("hits")).toString()).contains("title=Introduction");
        assertThat(((java.util.List<?>) found.body().get("hits")).toString().toLowerCase()).contains("kind=course");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.body().get("detail").toString()).contains("sideways");
        assertThat(noScope.status()).isEqualTo(403);
    }

    @Test
    void anAdminTokenPagesEveryPartnerInTheDatabaseByChange() {
        Partner a = fixtures.partner("Paged A");
        Partner b = fixtures.partner("Paged B");
        String token = token(null, "partners:read");
        java.util.List<Object> seen = new java.util.ArrayList<>();
        String cursor = null;

        do {
            ApiCalls.Answer page = api.get(token, "/api/v1/partners?limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.data()).hasSizeLessThanOrEqualTo(1);
            page.data().forEach(p -> seen.add(p.get("id")));
            cursor = (String) page.body().get("nextCursor");
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().contains((int) (long) a.id(), (int) (long) b.id());
        assertThat(seen.indexOf((int) (long) a.id())).isLessThan(seen.indexOf((int) (long) b.id()));
    }

    @Test
    void aPartnerLimitedTokenCannotMoveSomeoneButAnAdminTokenCan() {
        Partner from = fixtures.partner("From");
        Partner to = fixtures.partner("To");
        UserSummary mover = fixtures.employee(from, "Mo Mover", Role.LEARNER);
        Map<String, Object> move = Map.of("partnerId", to.id(), "from", "2026-06-01", "jobTitle", "Architect");

        ApiCalls.Answer limited = api.send(token(from.id(), "people:write"), "POST",
                "/api/v1/people/" + mover.id() + "/employment", move);
        ApiCalls.Answer moved = api.send(token(null, "people:write"), "POST",
                "/api/v1/people/" + mover.id() + "/employment", move);

        assertThat(limited.status()).isEqualTo(403);
        assertThat(moved.status()).isEqualTo(204);
        assertThat(people.history(mover.id()).get(0).partnerName()).isEqualTo(to.name());
    }

    @Test
    void anUnchangedAnswerIs304ForItsEtag() {
        Partner partner = fixtures.partner("Etag");
        String token = token(partner.id(), "partners:read");

        ApiCalls.Answer first = api.get(token, "/api/v1/partners");
        ApiCalls.Answer again = api.get(token, "/api/v1/partners", "If-None-Match", first.header("ETag"));
        ApiCalls.Answer stale = api.get(token, "/api/v1/partners", "If-None-Match", "\"old\"");

        assertThat(first.header("ETag")).startsWith("\"").endsWith("\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.raw().body()).isEmpty();
        assertThat(stale.status()).isEqualTo(200);
    }

    @Test
    void anAdminRecordsArrAndReferralsAndTheTierIsReassessed() {
        Partner partner = fixtures.partner("Metrics");
        String token = token(null, "partners:read", "partners:write");

        ApiCalls.Answer recorded = api.send(token, "POST", "/api/v1/partners/" + partner.id() + "/metrics",
                Map.of("arr", "125000", "referrals", "7"));
        ApiCalls.Answer bad = api.send(token, "POST", "/api/v1/partners/" + partner.id() + "/metrics",
                Map.of("arr", "lots", "referrals", "7"));

        assertThat(recorded.status()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        Map<String, Object> eligibility = (Map<String, Object>) recorded.body().get("eligibility");
        assertThat(eligibility).containsEntry("referrals", 7);
        assertThat(eligibility.get("arr").toString()).startsWith("125000");
        assertThat(bad.status()).isEqualTo(422);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTierExplanationStaysEnglishWhateverTheClientsLanguageAndWhatIsMissingComesAsData() {
        Partner partner = fixtures.partner("Data Not Words");
        String token = token(partner.id(), "partners:read");

        ApiCalls.Answer one = api.get(token, "/api/v1/partners/" + partner.id(), "Accept-Language", "de");

        Map<String, Object> eligibility = (Map<String, Object>) one.body().get("eligibility");
        assertThat(eligibility.get("explanation")).isEqualTo("Eligible for Registered: 0 people certified, $0 ARR,"
                + " 0 referrals. Silver needs 1 person certified; you have 0. Needs 1 more certified person."
                + " Silver needs $25,000 ARR or 5 referrals; you have $0 and 0.");
        // numbers as JSON numbers, in the API's order of requirements; no alternative where there is none
        assertThat(eligibility.get("missing").toString()).isEqualTo("[{tier=SILVER, requirement=CERTIFIED, needed=1,"
                + " have=0}, {tier=SILVER, requirement=ARR, needed=25000, have=0, alternative={tier=SILVER,"
                + " requirement=REFERRALS, needed=5, have=0}}]");
        assertThat(one.raw().body()).contains("\"needed\":25000,");
        assertThat(eligibility).containsEntry("missingUnknown", null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTierHistoryGivesWhatEachAssessmentMissedAsDataAndSaysWhyAnOldOneCannot() {
        Partner partner = fixtures.partner("History As Data");
        String token = token(partner.id(), "partners:read", "tiers:read");
        assertThat(api.get(token, "/api/v1/partners/" + partner.id()).status()).isEqualTo(200); // assessed at first view
        // as V135 left every row written before it: the English text only
        try (java.sql.Connection c = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
                .unwrapDataSource(dataSource).getConnection();
             java.sql.PreparedStatement s = c.prepareStatement("UPDATE tier_assessment SET words_kept = FALSE,"
                     + " next_tier = NULL, next_min_certified = NULL, next_min_practitioners = NULL,"
                     + " next_min_architects = NULL, next_min_specializations = NULL, next_min_arr = NULL,"
                     + " next_min_referrals = NULL WHERE partner_id = ?")) {
            s.setLong(1, partner.id());
            s.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        metrics.record(new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN)),
                partner.id(), "10000", "3");

        ApiCalls.Answer history = api.get(token, "/api/v1/partners/" + partner.id() + "/tier-history");

        assertThat(history.status()).isEqualTo(200);
        List<Map<String, Object>> periods = (List<Map<String, Object>>) (List<?>) history.listBody();
        assertThat(periods).hasSize(2);
        Map<String, Object> latest = periods.get(0);
        Map<String, Object> stored = periods.get(1);
        assertThat(latest.get("explanation").toString()).endsWith("Silver needs $25,000 ARR or 5 referrals;"
                + " you have $10,000 and 3.");
        assertThat(String.valueOf(latest.get("missing"))).isEqualTo("[{tier=SILVER, requirement=CERTIFIED, needed=1,"
                + " have=0}, {tier=SILVER, requirement=ARR, needed=25000, have=10000, alternative={tier=SILVER,"
                + " requirement=REFERRALS, needed=5, have=3}}]");
        assertThat(latest).containsEntry("missingUnknown", null);
        assertThat(stored.get("explanation").toString()).startsWith("Eligible for Registered: 0 people certified");
        assertThat(stored).containsEntry("missing", null).containsEntry("missingUnknown", "THRESHOLDS_NOT_KEPT");
    }

    private String token(Long partnerId, String... scopes) {
        CurrentUser me = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.ADMIN));
        return tokens.create(me, new ApiTokenForm("Resources", partnerId == null ? null : String.valueOf(partnerId),
                30, List.of(scopes))).secret();
    }
}
