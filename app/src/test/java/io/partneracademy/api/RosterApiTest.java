package io.partneracademy.api;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Partners;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's HR system keeps its people in step through the API: it uploads the roster CSV (nothing changes), reads
 * the preview, applies it with the preview's fingerprint (once, however often it is sent), and gets every problem of
 * a bad file with its line and nothing kept; a token of another partner reaches none of it.
 */
@MicronautTest(transactional = false)
class RosterApiTest extends DatabaseTest {

    private static final String HEADER = "name,email,job_title,role\n";

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ApiTokens tokens;
    @Inject
    JsonMapper json;
    @Inject
    Users users;
    @Inject
    Partners partners;
    @Inject
    DataSource dataSource;

    private ApiCalls api;

    @BeforeAll
    void setUp() {
        api = new ApiCalls(server.getURI(), json);
    }

    private String token(UserSummary creator, Partner partner, String... scopes) {
        CurrentUser me = new CurrentUser(creator.id(), creator.email(), creator.displayName(), creator.roles());
        return tokens.create(me, new ApiTokenForm("HR sync", String.valueOf(partner.id()), 30, List.of(scopes)))
                .secret();
    }

    private long count(String sql) throws Exception {
        try (var connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void anHrSystemUploadsReadsAndAppliesARosterOnce() throws Exception {
        Partner globex = fixtures.partner("Globex");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary stays = fixtures.employee(globex, "Sam Stays", Role.LEARNER);
        UserSummary leaves = fixtures.employee(globex, "Max Missing", Role.LEARNER);
        String token = token(greta, globex, "people:read", "people:write");
        String file = HEADER + "Greta Admin," + greta.email() + ",Engineer,partner_admin\n"
                + "Sam Stays," + stays.email() + ",Team lead,learner\n"
                + "Nia New,nia.new@globex.example,Pre-sales,\n";
        String base = "/api/v1/partners/" + globex.id() + "/roster-imports";

        ApiCalls.Answer uploaded = api.send(token, "POST", base, Map.of("fileName", "hr.csv", "csv", file));
        Map<String, Object> preview = (Map<String, Object>) uploaded.body().get("preview");
        String importPath = base + "/" + uploaded.body().get("id");
        boolean nobodyYet = users.findByEmail("nia.new@globex.example").isEmpty();
        ApiCalls.Answer read = api.get(token, importPath);
        ApiCalls.Answer stale = api.send(token, "POST", importPath + "/apply",
                Map.of("fingerprint", "0".repeat(64), "recordLeavers", true));
        ApiCalls.Answer applied = api.send(token, "POST", importPath + "/apply",
                Map.of("fingerprint", preview.get("fingerprint"), "recordLeavers", true));
        ApiCalls.Answer again = api.send(token, "POST", importPath + "/apply",
                Map.of("fingerprint", preview.get("fingerprint"), "recordLeavers", true));
        ApiCalls.Answer afterwards = api.get(token, importPath);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.body()).containsEntry("fileName", "hr.csv").containsEntry("applied", false);
        assertThat((List<Map<String, Object>>) preview.get("joining")).singleElement().satisfies(j -> assertThat(j)
                .containsEntry("line", 4).containsEntry("email", "nia.new@globex.example")
                .containsEntry("role", "learner"));
        assertThat((List<Map<String, Object>>) preview.get("updating")).singleElement()
                .satisfies(u -> assertThat(u).containsEntry("email", stays.email()));
        assertThat((List<Map<String, Object>>) preview.get("leaving")).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("email", leaves.email()));
        assertThat(nobodyYet).as("uploading changes nothing").isTrue();
        assertThat(read.status()).isEqualTo(200);
        assertThat(((Map<String, Object>) read.body().get("preview")).get("fingerprint"))
                .isEqualTo(preview.get("fingerprint"));
        assertThat(stale.status()).as("a fingerprint of another preview").isEqualTo(409);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.body()).containsEntry("invited", 1).containsEntry("updated", 1).containsEntry("left", 1)
                .containsEntry("leavingApplied", true);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(applied.body());
        assertThat(afterwards.body()).containsEntry("applied", true);
        UserSummary nia = users.findByEmail("nia.new@globex.example").orElseThrow();
        assertThat(partners.currentEmployer(nia.id()).map(Partner::id)).contains(globex.id());
        assertThat(partners.currentEmployer(leaves.id())).as("recorded as leaving, as asked").isEmpty();
        assertThat(count("SELECT COUNT(*) FROM notification WHERE user_id = " + nia.id()
                + " AND kind = 'roster.invitation'")).as("invited once").isEqualTo(1);
    }

    @Test
    void aFileWithProblemsIsRefusedWithEveryProblemAndItsLineAndNothingIsKept() throws Exception {
        Partner initech = fixtures.partner("Initech");
        UserSummary ivy = fixtures.employee(initech, "Ivy Admin", Role.PARTNER_ADMIN);
        String token = token(ivy, initech, "people:read", "people:write");
        long before = count("SELECT COUNT(*) FROM roster_import");

        ApiCalls.Answer refused = api.send(token, "POST", "/api/v1/partners/" + initech.id() + "/roster-imports",
                Map.of("csv", HEADER + "Bob Bad,bob-at-initech,Sales,learner\n"
                        + "Cy Role,cy@initech.example,Sales,boss\n"
                        + "=HYPERLINK(\"http://evil\"),eve@initech.example,Sales,learner\n"));
        ApiCalls.Answer empty = api.send(token, "POST", "/api/v1/partners/" + initech.id() + "/roster-imports",
                Map.of("csv", ""));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").toString()).contains("3 problem");
        assertThat((List<String>) refused.body().get("errors")).hasSize(3).satisfiesExactly(
                e -> assertThat(e).contains("2"), e -> assertThat(e).contains("3"), e -> assertThat(e).contains("4"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(count("SELECT COUNT(*) FROM roster_import")).isEqualTo(before);
        assertThat(users.findByEmail("cy@initech.example")).isEmpty();
    }

    @Test
    void aTokenOfAnotherPartnerOrWithoutTheScopeReachesNoneOfIt() throws Exception {
        Partner globex = fixtures.partner("Globex");
        Partner hooli = fixtures.partner("Hooli");
        UserSummary greta = fixtures.employee(globex, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary hank = fixtures.employee(hooli, "Hank Admin", Role.PARTNER_ADMIN);
        String own = token(greta, globex, "people:read", "people:write");
        String readOnly = token(greta, globex, "people:read");
        String other = token(hank, hooli, "people:read", "people:write");
        ApiCalls.Answer uploaded = api.send(own, "POST", "/api/v1/partners/" + globex.id() + "/roster-imports",
                Map.of("csv", HEADER + "Nora Scope,nora.scope@globex.example,,\n"));
        String importPath = "/api/v1/partners/" + globex.id() + "/roster-imports/" + uploaded.body().get("id");

        ApiCalls.Answer otherReads = api.get(other, importPath);
        ApiCalls.Answer otherUploads = api.send(other, "POST", "/api/v1/partners/" + globex.id() + "/roster-imports",
                Map.of("csv", HEADER + "Mal Lory,mal@globex.example,,\n"));
        ApiCalls.Answer readOnlyUploads = api.send(readOnly, "POST",
                "/api/v1/partners/" + globex.id() + "/roster-imports", Map.of("csv", HEADER + "A B,ab@globex.example,,\n"));
        ApiCalls.Answer throughOwnPartner = api.get(other, "/api/v1/partners/" + hooli.id() + "/roster-imports/"
                + uploaded.body().get("id"));

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(otherReads.status()).isEqualTo(403);
        assertThat(otherUploads.status()).isEqualTo(403);
        assertThat(readOnlyUploads.status()).isEqualTo(403);
        assertThat(readOnlyUploads.body().get("detail").toString()).contains("people:write");
        assertThat(throughOwnPartner.status()).as("another partner's import under one's own").isEqualTo(404);
        assertThat(users.findByEmail("mal@globex.example")).isEmpty();
    }
}
