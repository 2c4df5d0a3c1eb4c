package io.partneracademy.reports;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.catalog.PathEnrolments;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.web.ForbiddenException;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The program page and its CSV downloads as admins, authors and everyone else see them. */
@MicronautTest(transactional = false)
class ProgramPageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    PathEnrolments paths;
    @Inject
    ProgramReport report;

    private Partner partner;

    @BeforeAll
    void certifySomeone() {
        learning.importCertifiableBasics();
        partner = fixtures.partner("Programmatic");
        for (String name : List.of("Olga Certified", "Pia Enrolled")) {
            var learner = Learning.learner(fixtures.employee(partner, name, Role.LEARNER));
            paths.enrol(learner, "basics");
            if (name.startsWith("Olga")) {
                learning.completeBasics(learner);
            }
        }
    }

    @Test
    void everyCsvEqualsTheTableShown() {
        Browser admin = signedIn(Role.ADMIN);
        Document page = admin.get("/program?period=all").html();

        for (String id : ProgramReport.SECTIONS) {
            Browser.Download csv = admin.download("/program/" + id + ".csv?period=all&tier=&region=");

            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(parse(new String(csv.bytes(), StandardCharsets.UTF_8))).isEqualTo(cells(page, id));
        }
        assertThat(cells(page, FunnelSection.ID).get(1)).containsExactly("Foundation", "2", "1", "50%", "1", "50%");
    }

    @Test
    void chartsAreInlineSvgWithATitleAndTheFilterLinksTheCsv() {
        Browser author = signedIn(Role.AUTHOR);

        Document page = author.get("/program?period=365&tier=SILVER&region=EMEA").html();

        assertThat(page.select("svg.program-chart[role=img] > title")).hasSize(6);
        assertThat(page.select("svg.program-chart title").first().text())
                .isEqualTo("Certifications issued in the period, per level");
        assertThat(page.select("#funnel a[href$=.csv?period=365&tier=SILVER&region=EMEA]")).hasSize(1);
        assertThat(page.select("#tier option[selected]").text()).isEqualTo("Silver");
        assertThat(page.select("nav a[href=/program]")).hasSize(1);
        assertThat(page.select("#funnel p.muted").text()).endsWith("they hold or held that path’s certification.");
    }

    @Test
    void programIsForbiddenToLearnersAndPartnerManagers() {
        for (Role role : List.of(Role.LEARNER, Role.PARTNER_MANAGER, Role.PARTNER_ADMIN)) {
            Browser browser = signedIn(role);

            assertThat(browser.get("/program").status()).isEqualTo(403);
            assertThat(browser.download("/program/funnel.csv").status()).isEqualTo(403);
            Browser.Page json = browser.getJson("/program");
            assertThat(json.status()).isEqualTo(403);
            assertThat(json.contentType()).startsWith("application/problem+json");
            assertThat(browser.get("/").html().select("nav a[href=/program]")).isEmpty();
        }
    }

    @Test
    void serviceRefusesEveryoneButAdminsAndAuthors() {
        for (Role role : List.of(Role.LEARNER, Role.PARTNER_MANAGER, Role.PARTNER_ADMIN, Role.REVIEWER)) {
            CurrentUser viewer = new CurrentUser(1, "x@example.com", "X", Set.of(role));

            assertThatThrownBy(() -> report.report(viewer, ProgramFilter.DEFAULT))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> report.table(viewer, ProgramFilter.DEFAULT, FunnelSection.ID))
                    .isInstanceOf(ForbiddenException.class);
        }
        CurrentUser author = new CurrentUser(1, "a@example.com", "A", Set.of(Role.AUTHOR));
        assertThat(report.report(author, ProgramFilter.DEFAULT).sections()).hasSize(6);
    }

    @Test
    void unknownFilterValuesAndTablesAreRefusedByName() {
        Browser admin = signedIn(Role.ADMIN);

        Browser.Page period = admin.get("/program?period=7");
        Browser.Page tier = admin.get("/program?tier=diamond");
        Browser.Page table = admin.get("/program/everything.csv");

        assertThat(period.status()).isEqualTo(400);
        assertThat(period.text()).contains("The filter “period” cannot be “7”");
        assertThat(tier.status()).isEqualTo(400);
        assertThat(tier.text()).contains("The filter “tier” cannot be “diamond”");
        assertThat(table.status()).isEqualTo(404);
        assertThat(table.text()).contains("There is no program table “everything”");
    }

    private Browser signedIn(Role role) {
        UserSummary user = fixtures.user("Someone " + role, role);
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }

    /** The header and body cells of one table on the page, row by row. */
    private static List<List<String>> cells(Document page, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : page.select("table[data-table=" + id + "] tr")) {
            rows.add(tr.select("th, td").eachText());
        }
        return rows;
    }

    /** RFC 4180: quoted fields may hold commas and doubled quotes; records end with CRLF. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r\n")) {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    fields.add(field.toString());
                    field.setLength(0);
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }
}
