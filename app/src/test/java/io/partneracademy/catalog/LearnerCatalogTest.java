package io.partneracademy.catalog;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.PartnerForm;
import io.partneracademy.partners.Partners;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class LearnerCatalogTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    ContentImporter importer;
    @Inject
    Partners partners;

    Partner registered;
    Partner silver;

    @BeforeAll
    void catalogAndPartners() {
        ContentFixture fixture = ContentFixture.create()
                .write("courses/intro/second-lesson.md", ContentFixture.lesson("Second lesson", """
                        # Second

                        <script>alert('stolen')</script>

                        [Click me](javascript:alert(1)) and <img src=x onerror="alert(2)">
                        """));
        importer.importTree(fixture.root(), null);
        registered = fixtures.partner("Registered Reseller");
        partners.update(registered.id(), new PartnerForm(registered.name(), registered.type(), registered.region(),
                registered.agreementSignedOn(), io.partneracademy.partners.Tier.REGISTERED));
        silver = fixtures.partner("Silver Reseller");
    }

    @Test
    void learnerEnrolsReadsAndSeesProgressMove() {
        Browser browser = signedIn(fixtures.employee(silver, "Lena Learner", Role.LEARNER));
        browser.get("/paths/basics");

        browser.post("/paths/basics/enrol", Map.of());
        Browser.Page lesson = browser.get("/courses/intro/lessons/welcome");
        Browser.Page completed = browser.post("/courses/intro/lessons/welcome/complete", Map.of());
        Browser.Page course = browser.get("/courses/intro");
        Browser.Page path = browser.get("/paths/basics");

        assertThat(lesson.html().select("article h1").text()).isEqualTo("Welcome");
        assertThat(lesson.html().select("article table td").text()).contains("a b");
        assertThat(lesson.html().select("article a[href=/courses/intro/lessons/second-lesson]")).hasSize(1);
        assertThat(lesson.html().select("article img[src=/courses/intro/assets/images/diagram.svg]")).hasSize(1);
        assertThat(completed.location()).isEqualTo("/courses/intro/lessons/second-lesson");
        assertThat(course.text()).contains("1 of 2 lessons done");
        assertThat(course.html().select("#continue").attr("href")).isEqualTo("/courses/intro/lessons/second-lesson");
        assertThat(path.text()).contains("0 of 1 courses done").contains("Still missing");
        assertThat(path.html().select("progress.progress").first().attr("value")).isEqualTo("50");
        assertThat(browser.getAny("/courses/intro/assets/images/diagram.svg").body()).startsWith("<svg");
    }

    @Test
    void pathShowsExactlyWhatIsMissing() {
        Browser browser = signedIn(fixtures.employee(registered, "Rita Registered", Role.LEARNER));

        Browser.Page page = browser.get("/paths/advanced");

        assertThat(page.html().select(".missing li").eachText()).containsExactly(
                "Prerequisite certification: Basics Path",
                "Course: Introduction",
                "Course: Silver Secrets (not available to your company’s partner tier or type)");
    }

    @Test
    void aCourseTheCompanyCannotSeeIsNamedByItsTitleMarkedEnglishOnAFrenchPathPage() {
        Browser browser = signedIn(fixtures.employee(registered, "Rémi Registered", Role.LEARNER));
        browser.setCookie("pa_lang", "fr");

        Browser.Page page = browser.get("/paths/advanced");

        org.jsoup.nodes.Element unavailable = page.html().select(".missing li").last();
        assertThat(unavailable.text())
                .isEqualTo("Cours : Silver Secrets (non disponible pour le niveau ou le type de partenaire de votre société)");
        assertThat(unavailable.selectFirst("span.kind").wholeText()).as("French puts a no-break space before a colon")
                .isEqualTo("Cours\u00a0:");
        assertThat(unavailable.select("span[lang=en]").text()).isEqualTo("Silver Secrets");
    }

    @Test
    void courseOutsideTheAudienceIsNeitherListedNorReachable() {
        Browser outsider = signedIn(fixtures.employee(registered, "Otto Outsider", Role.LEARNER));
        Browser insider = signedIn(fixtures.employee(silver, "Ines Insider", Role.LEARNER));

        assertThat(outsider.get("/courses").text()).contains("Introduction").doesNotContain("Silver Secrets");
        assertThat(outsider.get("/courses/silver-only").status()).isEqualTo(404);
        assertThat(outsider.get("/courses/silver-only/lessons/secret").status()).isEqualTo(404);
        assertThat(insider.get("/courses").text()).contains("Silver Secrets");
        assertThat(insider.get("/courses/silver-only/lessons/secret").status()).isEqualTo(200);
    }

    @Test
    void authoredScriptIsNeutralised() {
        Browser browser = signedIn(fixtures.employee(silver, "Sam Safe", Role.LEARNER));

        Browser.Page page = browser.get("/courses/intro/lessons/second-lesson");

        var article = page.html().select("article");
        assertThat(page.status()).isEqualTo(200);
        assertThat(article.select("script")).isEmpty();
        assertThat(article.select("[onerror]")).isEmpty();
        assertThat(article.select("img")).isEmpty();
        assertThat(article.outerHtml()).doesNotContain("javascript:");
        assertThat(article.text()).contains("<script>alert('stolen')</script>");
    }

    private Browser signedIn(UserSummary user) {
        Browser browser = new Browser(server.getURI());
        assertThat(browser.login(user.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
        return browser;
    }
}
