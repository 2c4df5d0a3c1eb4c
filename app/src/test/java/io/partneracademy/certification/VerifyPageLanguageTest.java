package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public verify page names the certification in the visitor's language where its path is translated into it, else
 * by the title it was issued under marked as English; the JSON answer keeps the title the certification was issued under.
 */
@MicronautTest(transactional = false)
class VerifyPageLanguageTest extends DatabaseTest {

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
    CertificationRepository certifications;

    @Test
    void aJapaneseVisitorReadsThePathTitleInJapaneseAndAGermanOneTheIssuedTitleMarkedEnglish() {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12");
        PathSpec basics = ContentTree.read(content.root()).paths().stream().filter(p -> p.id().equals("basics"))
                .findFirst().orElseThrow();
        content.write("paths/basics.ja.yaml", "title: 基礎パス\ndescription: 誰もがここから始めます。\nsource: "
                + SourceFingerprint.of(basics) + "\n");
        contents.importTree(content.root(), null);
        exams.importTree(ExamFixture.create());
        UserSummary holder = fixtures.user("Aoi Holder", Role.LEARNER);
        learning.completeBasics(Learning.learner(holder));
        String id = certifications.findByUserIdOrderByIssuedAtDesc(holder.id()).get(0).credentialId();

        Browser japanese = new Browser(server.getURI());
        japanese.setCookie("pa_lang", "ja");
        Browser german = new Browser(server.getURI());
        german.setCookie("pa_lang", "de");
        Browser.Page inJapanese = japanese.get("/verify/" + id);
        Browser.Page inGerman = german.get("/verify/" + id);
        Browser.Page json = japanese.getJson("/verify/" + id);

        assertThat(inJapanese.status()).isEqualTo(200);
        assertThat(inJapanese.html().select("dl.facts dd").first().text()).isEqualTo("基礎パス");
        assertThat(inJapanese.html().select("dl.facts dd").first().hasAttr("lang")).isFalse();
        assertThat(inGerman.html().select("dl.facts dd").first().text()).isEqualTo("Basics Path");
        assertThat(inGerman.html().select("dl.facts dd").first().attr("lang")).isEqualTo("en");
        assertThat(json.body()).contains("\"certification\":\"Basics Path\"");
    }
}
