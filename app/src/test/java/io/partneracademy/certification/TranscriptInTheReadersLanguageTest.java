package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.PersonPreferences;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ContentTree;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.PathSpec;
import io.partneracademy.catalog.SourceFingerprint;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's transcript (/certifications) names each certification by its path's title in the reader's language,
 * the English title marked lang="en" where the path has no translation into it, and says the platform's own history
 * entries (a reminder N days before expiry) in the reader's language, while an admin's revocation reason stays as typed.
 */
@MicronautTest(transactional = false)
class TranscriptInTheReadersLanguageTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    ContentImporter contents;
    @Inject
    ExamImporter exams;
    @Inject
    PersonPreferences preferences;
    @Inject
    Expiry expiry;
    @Inject
    TestClock clock;
    @Inject
    Certifications certifications;

    @Test
    void aJapaneseHolderReadsTheTranslatedTitleAndTheReminderInJapaneseAFrenchOneTheMarkedEnglishTitle() {
        importBasicsTranslatedInto("ja", "title: 基礎パス\ndescription: 誰もがここから始めます。\n");
        UserSummary aoi = holder("Aoi Transcript", "ja");
        UserSummary lea = holder("Léa Transcript", "fr");
        UserSummary ann = holder("Ann Transcript", "en");
        clock.advance(Duration.ofDays(300));
        expiry.remind();

        Document japanese = transcriptOf(aoi);
        Document french = transcriptOf(lea);
        Document english = transcriptOf(ann);

        Element title = japanese.selectFirst("li.certification h2 span");
        assertThat(title.text()).isEqualTo("基礎パス");
        assertThat(title.hasAttr("lang")).isFalse();
        assertThat(japanese.select("ol.timeline").text()).contains("リマインダー送信", "有効期限の 90 日前")
                .doesNotContain("days before expiry");

        Element untranslated = french.selectFirst("li.certification h2 span");
        assertThat(untranslated.text()).isEqualTo("Basics Path");
        assertThat(untranslated.attr("lang")).isEqualTo("en");
        assertThat(french.select("ol.timeline").text()).contains("90 jours avant l’expiration");

        Element source = english.selectFirst("li.certification h2 span");
        assertThat(source.text()).isEqualTo("Basics Path");
        assertThat(source.hasAttr("lang")).isFalse();
        assertThat(english.select("ol.timeline").text()).contains("Reminder sent", "90 days before expiry");
    }

    @Test
    void anAdminReadingJapaneseSeesTheTranslatedTitleInTheCertificationsList() {
        importBasicsTranslatedInto("ja", "title: 基礎パス\ndescription: 誰もがここから始めます。\n");
        UserSummary holder = holder("Sam Listed", "en");
        String id = certifications.transcript(Learning.learner(holder), holder.id()).get(0).credentialId();
        UserSummary admin = fixtures.user("Aiko Admin", Role.ADMIN);
        preferences.save(admin.id(), "ja", ZoneId.of("Asia/Tokyo"));
        Browser browser = new Browser(server.getURI());
        browser.login(admin.email(), Fixtures.PASSWORD);

        Document list = browser.get("/admin/certifications?q=" + id).html();

        Element title = list.select("tbody tr td").get(1);
        assertThat(title.text()).isEqualTo("基礎パス");
        assertThat(title.hasAttr("lang")).isFalse();
    }

    private void importBasicsTranslatedInto(String language, String translation) {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12");
        PathSpec basics = ContentTree.read(content.root()).paths().stream().filter(p -> p.id().equals("basics"))
                .findFirst().orElseThrow();
        content.write("paths/basics." + language + ".yaml", translation + "source: " + SourceFingerprint.of(basics) + "\n");
        contents.importTree(content.root(), null);
        exams.importTree(ExamFixture.create());
    }

    private UserSummary holder(String name, String language) {
        UserSummary person = fixtures.user(name, Role.LEARNER);
        preferences.save(person.id(), language, ZoneId.of("UTC"));
        learning.completeBasics(Learning.learner(person));
        return person;
    }

    private Document transcriptOf(UserSummary person) {
        Browser browser = new Browser(server.getURI());
        browser.login(person.email(), Fixtures.PASSWORD);
        Browser.Page page = browser.get("/certifications");
        assertThat(page.status()).isEqualTo(200);
        return page.html();
    }
}
