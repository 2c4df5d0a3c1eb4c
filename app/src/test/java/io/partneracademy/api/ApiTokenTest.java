package io.partneracademy.api;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.People;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** API tokens as an integration meets them: shown once, stored hashed, scoped, expiring, revocable, rate-limited. */
@MicronautTest(transactional = false)
class ApiTokenTest extends DatabaseTest {

    private static final String CERTIFICATIONS = "/api/v1/certifications";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ApiTokens tokens;
    @Inject
    ApiTokenRepository rows;
    @Inject
    TestClock clock;
    @Inject
    JsonMapper json;
    @Inject
    Users users;
    @Inject
    People people;

    private ApiCalls api;
    private CurrentUser admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("partneracademy.api.requests-per-minute", "20");
        return properties;
    }

    @BeforeAll
    void setUp() {
        api = new ApiCalls(server.getURI(), json);
        admin = me(fixtures.user("Api Admin", Role.ADMIN));
    }

    @Test
    void aTokenIsStoredOnlyAsAHashAndWorksUntilRevoked() {
        ApiTokens.Created created = tokens.create(admin, form("CRM", null, "certifications:read"));

        ApiCalls.Answer first = api.get(created.secret(), CERTIFICATIONS);
        ApiTokenRow row = rows.findById(created.id()).orElseThrow();
        tokens.revoke(admin, created.id());
        ApiCalls.Answer afterRevoke = api.get(created.secret(), CERTIFICATIONS);

        assertThat(first.status()).isEqualTo(200);
        assertThat(row.tokenHash()).hasSize(64).isEqualTo(ApiTokens.hash(created.secret()))
                .doesNotContain(created.secret().substring(3));
        assertThat(row.prefix()).isEqualTo(created.secret().substring(0, 10));
        assertThat(row.lastUsedAt()).isNotNull();
        assertThat(afterRevoke.status()).isEqualTo(401);
        assertThat(afterRevoke.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(afterRevoke.header("Content-Type")).startsWith("application/problem+json");
        assertThat(afterRevoke.body().get("detail").toString()).contains("Authorization: Bearer");
    }

    @Test
    void noTokenAWrongTokenOrTheSessionCookieAreRefused() {
        assertThat(api.get(null, CERTIFICATIONS).status()).isEqualTo(401);
        assertThat(api.get("pa_not-a-token", CERTIFICATIONS).status()).isEqualTo(401);
        assertThat(api.get(null, CERTIFICATIONS, "Cookie", "pa_session=whatever").status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        ApiTokens.Created created = tokens.create(admin, new ApiTokenForm("Short", null, 1,
                List.of("certifications:read")));
        assertThat(api.get(created.secret(), CERTIFICATIONS).status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusMinutes(1));

        assertThat(api.get(created.secret(), CERTIFICATIONS).status()).isEqualTo(401);
    }

    @Test
    void aTokenWithoutTheScopeGets403NamingIt() {
        ApiTokens.Created created = tokens.create(admin, form("People only", null, "people:read"));

        ApiCalls.Answer answer = api.get(created.secret(), CERTIFICATIONS);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.body().get("detail").toString()).contains("certifications:read");
    }

    @Test
    void aPartnerAdminsTokenIsLimitedToTheirCompanyAndDiesWhenTheyLeave() {
        Partner own = fixtures.partner("Own");
        Partner other = fixtures.partner("Other");
        UserSummary partnerAdmin = fixtures.employee(own, "Pat Admin", Role.PARTNER_ADMIN);
        // The form asks for another partner: a partner admin's token is for their own company whatever it says.
        ApiTokens.Created created = tokens.create(me(partnerAdmin), form("Our CRM", String.valueOf(other.id()), "certifications:read"));

        ApiCalls.Answer ownList = api.get(created.secret(), CERTIFICATIONS + "?partner_id=" + own.id());
        ApiCalls.Answer otherList = api.get(created.secret(), CERTIFICATIONS + "?partner_id=" + other.id());
        people.employ(partnerAdmin.id(), other.id(), "Moved", LocalDate.of(2026, 1, 1));
        ApiCalls.Answer afterMove = api.get(created.secret(), CERTIFICATIONS);

        assertThat(rows.findById(created.id()).orElseThrow().partnerId()).isEqualTo(own.id());
        assertThat(ownList.status()).isEqualTo(200);
        assertThat(otherList.status()).isEqualTo(403);
        assertThat(afterMove.status()).isEqualTo(401);
    }

    @Test
    void aTokenThatSendsTooManyRequestsGets429WithRetryAfter() {
        ApiTokens.Created busy = tokens.create(admin, form("Busy", null, "certifications:read"));
        ApiTokens.Created calm = tokens.create(admin, form("Calm", null, "certifications:read"));

        int ok = 0;
        ApiCalls.Answer refused = null;
        for (int i = 0; i < 25 && refused == null; i++) {
            ApiCalls.Answer answer = api.get(busy.secret(), CERTIFICATIONS);
            if (answer.status() == 429) {
                refused = answer;
            } else {
                ok++;
            }
        }

        assertThat(ok).isEqualTo(20);
        assertThat(refused).isNotNull();
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 61);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get(calm.secret(), CERTIFICATIONS).status()).isEqualTo(200);
    }

    @Test
    void badParametersGet400SayingWhichAndWhy() {
        ApiTokens.Created created = tokens.create(admin, form("Params", null, "certifications:read"));

        ApiCalls.Answer since = api.get(created.secret(), CERTIFICATIONS + "?updated_since=yesterday");
        ApiCalls.Answer cursor = api.get(created.secret(), CERTIFICATIONS + "?cursor=%21%21");
        ApiCalls.Answer limit = api.get(created.secret(), CERTIFICATIONS + "?limit=5000");

        assertThat(since.status()).isEqualTo(400);
        assertThat(since.body().get("detail").toString()).contains("updated_since", "yesterday");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.body().get("detail").toString()).contains("cursor");
        assertThat(limit.status()).isEqualTo(400);
        assertThat(limit.body().get("detail").toString()).contains("limit", "5000");
    }

    @Test
    void onlyKnownScopesAndAtLeastOneAreAccepted() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(admin, form("None", null)))
                .isInstanceOf(ApiTokenRejectedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.create(admin, form("Odd", null, "library:write")))
                .isInstanceOf(ApiTokenRejectedException.class);
        assertThat(rows.listAll()).extracting(ApiTokenRow::name).doesNotContain("None", "Odd");
    }

    @Test
    void thePageRefusesATokenWithoutScopesKeepingWhatWasTyped() {
        UserSummary person = fixtures.user("Ada Scopeless", Role.ADMIN);
        io.partneracademy.support.Browser browser = new io.partneracademy.support.Browser(server.getURI());
        browser.login(person.email(), Fixtures.PASSWORD);
        browser.get("/api-tokens");

        io.partneracademy.support.Browser.Page page = browser.post("/api-tokens",
                Map.of("name", "Nothing at all", "partnerId", "", "validDays", "30"));

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.html().select("#scopes-errors").text()).isEqualTo("Choose at least one scope.");
        assertThat(page.html().select("#name").attr("value")).isEqualTo("Nothing at all");
        assertThat(page.html().select("#secret")).isEmpty();
    }

    private static ApiTokenForm form(String name, String partnerId, String... scopes) {
        return new ApiTokenForm(name, partnerId, 30, List.of(scopes));
    }

    private CurrentUser me(UserSummary user) {
        UserSummary fresh = users.get(user.id());
        return new CurrentUser(fresh.id(), fresh.email(), fresh.displayName(), Set.copyOf(fresh.roles()));
    }
}
