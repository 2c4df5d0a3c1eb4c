package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.partners.Partner;
import io.partneracademy.partners.Tier;
import io.partneracademy.search.SearchSync;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each resource is written in its own language: on a page in another one its title, tags and snippet carry that
 * language ({@code lang="fr"} on an English page), and on a page in its own language they carry none.
 */
@MicronautTest(transactional = false)
class ResourceLanguageMarkedTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Library library;
    @Inject
    SearchSync sync;
    @Inject
    Fixtures fixtures;

    private Partner partner;
    private int readers;

    @BeforeAll
    void aFrenchAndAnEnglishResource() {
        library.save(new ResourceForm("avantages-niveaux", "Avantages des niveaux partenaires", "datasheet",
                        "niveaux, avantages", "fr", Tier.REGISTERED, "owner@example.com", LocalDate.of(2030, 1, 1)),
                "avantages.md", "# Avantages\n\nLes niveaux du programme partenaires et leurs avantages."
                        .getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        library.save(new ResourceForm("tier-benefits", "Partner tier benefits", "datasheet", "tiers, benefits", "en",
                        Tier.REGISTERED, "owner@example.com", LocalDate.of(2030, 1, 1)),
                "benefits.md", "# Benefits\n\nThe partner programme tiers and their benefits."
                        .getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        sync.syncNow();
        partner = fixtures.partner("Language Reseller");
    }

    @Test
    void aFrenchResourceOnAnEnglishPageIsMarkedFrenchAndAnEnglishOneIsNot() {
        Browser reader = signedIn("en");

        Document french = reader.get("/library/resources/avantages-niveaux").html();
        Document english = reader.get("/library/resources/tier-benefits").html();

        assertThat(french.select("html").attr("lang")).isEqualTo("en");
        assertThat(french.select("h1").attr("lang")).isEqualTo("fr");
        assertThat(french.select("dl.facts dd[lang=fr]").eachText()).contains("niveaux, avantages");
        assertThat(english.select("section [lang]")).isEmpty();
    }

    @Test
    void searchHitsAndTheMostDownloadedListMarkEachResourceWithItsOwnLanguage() {
        Browser reader = signedIn("en");
        reader.getBytes("/library/resources/avantages-niveaux/download");

        Document hits = reader.get("/library?q=avantages").html();
        Document englishHits = reader.get("/library?q=benefits").html();
        Document library = reader.get("/library").html();

        Element hit = hits.select("li.hit:has(a[href$=avantages-niveaux])").first();
        assertThat(hit.select("a.hit-title").attr("lang")).isEqualTo("fr");
        assertThat(hit.select("p.snippet").attr("lang")).isEqualTo("fr");
        assertThat(library.select("a[href=/library/resources/avantages-niveaux]").eachAttr("lang")).contains("fr");
        assertThat(englishHits.select("li.hit:has(a[href$=tier-benefits])")).hasSize(1);
        assertThat(englishHits.select("li.hit:has(a[href$=tier-benefits]) [lang]")).isEmpty();
    }

    @Test
    void aFrenchReaderSeesTheFrenchResourceUnmarkedAndTheEnglishOneMarked() {
        Browser reader = signedIn("fr");

        Document french = reader.get("/library/resources/avantages-niveaux").html();
        Document english = reader.get("/library/resources/tier-benefits").html();

        assertThat(french.select("h1").attr("lang")).isEmpty();
        assertThat(english.select("h1").attr("lang")).isEqualTo("en");
    }

    private Browser signedIn(String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        browser.login(fixtures.employee(partner, "Lea Reader " + (++readers), Role.LEARNER).email(), Fixtures.PASSWORD);
        return browser;
    }
}
