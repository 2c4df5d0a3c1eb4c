package io.partneracademy.assignments;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.partners.Partner;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.TestClock;
import io.partneracademy.web.Language;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assigned work is named in the reader's language where its path, course or lab track is translated (the shipped
 * Foundation content is German): the learner's home page, the assignment page's work list and team table, its CSV, the
 * onboarding page's work list and the quiz header; English readers keep the stored source title.
 */
@MicronautTest(transactional = false)
class AssignedWorkInTheReadersLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter contentImporter;
    @Inject
    Assignments assignments;
    @Inject
    PersonPreferences preferences;
    @Inject
    TestClock clock;

    @BeforeAll
    void importShippedContent() {
        contentImporter.importTree(ProjectDir.get().resolve("content"), null);
    }

    @Test
    void aGermanLearnerAndTheirGermanAdminSeeTheAssignedWorkInGermanAndAnEnglishAdminInEnglish() {
        Partner partner = fixtures.partner("Zuweisung GmbH");
        UserSummary admin = fixtures.employee(partner, "Greta Admin", Role.PARTNER_ADMIN);
        UserSummary english = fixtures.employee(partner, "Emma Admin", Role.PARTNER_ADMIN);
        UserSummary learner = fixtures.employee(partner, "Lena Lernend", Role.LEARNER);
        preferences.save(admin.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        preferences.save(learner.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        CurrentUser by = new CurrentUser(admin.id(), admin.email(), admin.displayName(), Set.of(Role.PARTNER_ADMIN));
        LocalDate due = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(60);
        assignments.assign(by, partner.id(), new Assignments.Request(WorkKind.COURSE, "program-essentials",
                List.of(learner.id()), due, null));
        assignments.assign(by, partner.id(), new Assignments.Request(WorkKind.LAB, "deal-registration-walkthrough",
                List.of(learner.id()), due, null));

        Document home = signedIn(learner).get("/").html();
        Document page = signedIn(admin).get("/assignments/partners/" + partner.id()).html();
        String csv = signedIn(admin).getAny("/assignments/partners/" + partner.id() + "/assignments.csv").body();
        Document onboarding = signedIn(admin).get("/onboarding/partners/" + partner.id()).html();
        String englishCsv = signedIn(english).getAny("/assignments/partners/" + partner.id() + "/assignments.csv")
                .body();

        assertThat(home.select("#home-assigned li a").eachText())
                .containsExactlyInAnyOrder("Grundlagen des Partnerprogramms", "Deal-Registrierung Schritt für Schritt");
        assertThat(page.select("#work option").eachText()).contains("Kurs: Grundlagen des Partnerprogramms",
                "Pfad: Foundation-Zertifizierung", "Lab-Track: Deal-Registrierung Schritt für Schritt");
        assertThat(page.select("td").eachText()).contains("Kurs: Grundlagen des Partnerprogramms");
        assertThat(csv.lines().toList()).contains("Lena Lernend,Grundlagen des Partnerprogramms,Kurs," + due
                + ",Greta Admin,Offen");
        assertThat(onboarding.select("option").eachText()).contains("Kurs: Grundlagen des Partnerprogramms");
        assertThat(englishCsv.lines().toList()).contains("Lena Lernend,Partner Program Essentials,Course," + due
                + ",Greta Admin,Open", "Lena Lernend,Deal Registration Walkthrough,Lab track," + due
                + ",Greta Admin,Open");
    }

    @Test
    void theQuizHeaderNamesTheCourseInTheLearnersLanguage() {
        UserSummary learner = fixtures.user("Quentin Quiz", Role.LEARNER);
        preferences.save(learner.id(), Language.FR, ZoneId.of("Europe/Paris"));

        Document quiz = signedIn(learner).get("/courses/program-essentials/quizzes/program-structure-check").html();

        assertThat(quiz.selectFirst("a[href=/courses/program-essentials]").text())
                .contains("L’essentiel du programme partenaires");
    }

    @Test
    void aRuleOrOnboardingFormSentBackWithAProblemStillListsTheWorkInTheReadersLanguage() {
        Partner partner = fixtures.partner("Formular GmbH");
        UserSummary admin = fixtures.employee(partner, "Frieda Admin", Role.PARTNER_ADMIN);
        preferences.save(admin.id(), Language.DE, ZoneId.of("Europe/Berlin"));
        Browser browser = signedIn(admin);

        browser.get("/assignments/rules");
        Browser.Page rule = browser.post("/assignments/rules", Map.of("ruleKind", "JOIN", "work", "COURSE:nope",
                "partner", String.valueOf(partner.id()), "tier", "", "jobTitle", "", "dueDays", "30"));
        browser.get("/onboarding/partners/" + partner.id());
        Browser.Page step = browser.post("/onboarding/partners/" + partner.id() + "/steps",
                Map.of("week", "0", "work", "COURSE:program-essentials", "jobTitle", ""));

        assertThat(rule.status()).isEqualTo(422);
        assertThat(rule.html().select("#work option").eachText()).contains("Kurs: Grundlagen des Partnerprogramms",
                "Pfad: Foundation-Zertifizierung").doesNotContain("Course: Partner Program Essentials");
        assertThat(step.status()).isEqualTo(422);
        assertThat(step.html().select("#work option").eachText()).contains("Kurs: Grundlagen des Partnerprogramms")
                .doesNotContain("Course: Partner Program Essentials");
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        browser.login(user.email(), Fixtures.PASSWORD);
        return browser;
    }
}
