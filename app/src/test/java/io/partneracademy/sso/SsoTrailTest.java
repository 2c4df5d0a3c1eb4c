package io.partneracademy.sso;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.csv.Csv;
import io.partneracademy.support.Browser;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole trail of single sign-on changes, beyond its latest lines: page after page with nothing skipped or
 * repeated (lines written meanwhile do not shift the next page), filtered by company, outcome and dates with bad
 * values refused at their field, and downloaded as CSV with formulas defused; a partner admin reads only their own
 * company's.
 */
@MicronautTest(transactional = false)
class SsoTrailTest extends WithIdentityProvider {

    @Inject
    Fixtures fixtures;
    @Inject
    SsoSetup setup;
    @Inject
    SsoAudit audit;
    @Inject
    TestClock clock;

    private Browser admin() {
        UserSummary ada = fixtures.user("Ada Admin", Role.ADMIN);
        Browser browser = new Browser(server.getURI());
        browser.login(ada.email(), Fixtures.PASSWORD);
        return browser;
    }

    /** Claims {@code n} domains for the company: two lines each (claimed, sent to its only provider). */
    private void claimDomains(SsoCompanies.Company company, int n, CurrentUser actor) {
        for (int i = 0; i < n; i++) {
            setup.claim(new DomainForm("d" + i + "-" + company.domain(), company.partner().id()), actor);
        }
    }

    @Test
    void theWholeTrailIsReadPageByPageNewestFirstWithNothingSkippedOrRepeated() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Acme");
        SsoCompanies.Company globex = companies.company(provider, "Globex");
        claimDomains(acme, 30, companies.admin());
        long total = companies.count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = " + acme.partner().id());
        Browser browser = admin();

        Browser.Page first = browser.get("/admin/sso/changes?partner=" + acme.partner().id());
        // A line written while the reader is on the first page does not shift the second one.
        setup.claim(new DomainForm("late-" + acme.domain(), acme.partner().id()), companies.admin());
        Browser.Page second = browser.get(first.html().selectFirst("#trail-older").attr("href"));
        Browser.Page newest = browser.get(second.html().selectFirst("#trail-newest").attr("href"));

        List<String> lines = new ArrayList<>(first.html().select("#changes tbody tr").eachText());
        lines.addAll(second.html().select("#changes tbody tr").eachText());
        assertThat(total).isEqualTo(65);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.html().select("#changes tbody tr")).hasSize(SsoTrail.PAGE);
        assertThat(first.html().selectFirst("#changes tbody tr").text())
                .contains("Sent a domain’s people to an identity provider: d29-" + acme.domain());
        assertThat(second.html().select("#changes tbody tr")).hasSize((int) total - SsoTrail.PAGE);
        assertThat(second.html().selectFirst("#trail-older")).as("the last page").isNull();
        assertThat(lines).hasSize((int) total).allSatisfy(line -> assertThat(line).contains("Acme")
                .doesNotContain("Globex"));
        assertThat(second.html().select("#changes tbody tr").last().text())
                .contains("Added the identity provider " + acme.provider().issuer());
        assertThat(newest.html().selectFirst("#changes tbody tr").text()).contains("late-" + acme.domain());
        assertThat(first.html().selectFirst("#trail-csv").attr("href"))
                .isEqualTo("/admin/sso/changes.csv?partner=" + acme.partner().id());
        assertThat(globex.partner().id()).isNotEqualTo(acme.partner().id());
    }

    @Test
    void theTrailIsFilteredByOutcomeAndDatesAndBadValuesAreRefusedAtTheirField() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Acme");
        UserSummary moved = fixtures.user("Mo Moved", Role.LEARNER);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        clock.advance(Duration.ofDays(3));
        claimDomains(acme, 2, companies.admin());
        audit.signInRefusedNotEmployed(acme.partner().id(), moved);
        LocalDate later = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Browser browser = admin();
        String base = "/admin/sso/changes?partner=" + acme.partner().id();

        Browser.Page refused = browser.get(base + "&outcome=refused");
        Browser.Page changes = browser.get(base + "&outcome=changes&from=" + later + "&to=" + later);
        Browser.Page early = browser.get(base + "&to=" + today);
        Browser.Page badDate = browser.get(base + "&from=31.12.2026");
        Browser.Page reversed = browser.get(base + "&from=" + later + "&to=" + today);
        Browser.Page badOutcome = browser.get(base + "&outcome=everything");
        Browser.Page badCursor = browser.get(base + "&before=abc");

        assertThat(refused.html().select("#changes tbody tr").eachText()).singleElement().asString()
                .contains("Mo Moved", "Refused a sign-in");
        assertThat(changes.html().select("#changes tbody tr").eachText()).hasSize(4)
                .noneMatch(line -> line.contains("Refused"));
        assertThat(changes.html().selectFirst("#from").attr("value")).isEqualTo(later.toString());
        assertThat(early.html().select("#changes tbody tr").eachText()).hasSize(5)
                .noneMatch(line -> line.contains("d0-"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.html().selectFirst("#from-errors").text()).contains("YYYY-MM-DD");
        assertThat(badDate.html().selectFirst("#from").attr("value")).isEqualTo("31.12.2026");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.html().selectFirst("#to-errors").text()).contains("before the first day");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.html().selectFirst("#outcome-errors")).isNotNull();
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.html().selectFirst("#trail-refused").text()).contains("page address is broken");
    }

    @Test
    void theCsvHoldsEveryFilteredLineWithFormulasDefusedAndAPartnerAdminGetsOnlyTheirCompanys() throws Exception {
        SsoCompanies.Company acme = companies.company(provider, "Acme");
        SsoCompanies.Company globex = companies.company(provider, "Globex");
        UserSummary sly = fixtures.user("=HYPERLINK(\"http://evil.example\",\"Click\")", Role.ADMIN);
        claimDomains(acme, 30, new CurrentUser(sly.id(), sly.email(), sly.displayName(), sly.roles()));
        UserSummary paula = fixtures.employee(acme.partner(), "Paula Admin", Role.PARTNER_ADMIN);
        Browser pa = new Browser(server.getURI());
        pa.login(paula.email(), Fixtures.PASSWORD);

        var all = admin().download("/admin/sso/changes.csv?outcome=changes");
        var own = pa.download("/partners/" + acme.partner().id() + "/sso/changes.csv");
        var other = pa.download("/partners/" + globex.partner().id() + "/sso/changes.csv");

        List<Csv.Record> rows = Csv.read(new String(all.bytes(), StandardCharsets.UTF_8));
        List<Csv.Record> ownRows = Csv.read(new String(own.bytes(), StandardCharsets.UTF_8));
        long everything = companies.count("SELECT COUNT(*) FROM sso_setting_change "
                + "WHERE kind <> 'SIGN_IN_REFUSED_NOT_EMPLOYED'");
        long acmeLines = companies.count("SELECT COUNT(*) FROM sso_setting_change WHERE partner_id = "
                + acme.partner().id());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.contentType()).startsWith("text/csv");
        assertThat(rows.get(0).fields()).containsExactly("When (UTC)", "Who", "Email", "Company", "What changed");
        assertThat(rows).hasSize((int) everything + 1);
        assertThat(rows.stream().filter(r -> r.fields().get(1).startsWith("'=HYPERLINK"))).hasSize(60);
        assertThat(rows.stream().map(r -> r.fields().get(1))).noneMatch(name -> name.startsWith("="));
        assertThat(rows.get(1).fields().get(0)).endsWith("Z");
        assertThat(new HashSet<>(rows.stream().skip(1).map(r -> r.fields().get(3)).toList()))
                .contains(acme.partner().name(), globex.partner().name());
        assertThat(own.status()).isEqualTo(200);
        assertThat(ownRows).hasSize((int) acmeLines + 1);
        assertThat(ownRows.stream().skip(1))
                .allSatisfy(r -> assertThat(r.fields().get(3)).isEqualTo(acme.partner().name()));
        assertThat(other.status()).isEqualTo(403);
    }
}
