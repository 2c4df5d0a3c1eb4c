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
                "avantages.md", "# Avantages\n\nLes niveaux du programme partenaires et leurs avantages, de Kolibri."
                        .getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        library.save(new ResourceForm("tier-benefits", "Partner tier benefits", "datasheet", "tiers, benefits", "en",
                        Tier.REGISTERED, "owner@example.com", LocalDate.of(2030, 1, 1)),
                "benefits.md", "# Benefits\n\nThe partner programme tiers and their benefits, by Kolibri."
                        .getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        library.save(new ResourceForm("vorteile-stufen", "Vorteile der Partnerstufen", "datasheet",
                        "stufen, tiers", "de", Tier.REGISTERED, "owner@example.com", LocalDate.of(2030, 1, 1)),
                "vorteile.md", "# Vorteile\n\nDie Stufen des Partnerprogramms und ihre Vorteile, von Kolibri."
                        .getBytes(StandardCharsets.UTF_8), ResourceStore.Source.UPLOAD, null);
        sync.syncNow();
        partner = fixtures.partner("Language Reseller");
    }

    @Test
    void eachFacetTagIsMarkedWithTheLanguageOfTheResourcesCarryingItAndCodesAreNamedInTheReadersLanguage() {
        Browser reader = signedIn("de");

        Document page = reader.get("/library?q=kolibri").html();

        assertThat(page.select("html").attr("lang")).isEqualTo("de");
        assertThat(tag(page, "niveaux").attr("lang")).isEqualTo("fr");
        assertThat(tag(page, "benefits").attr("lang")).isEqualTo("en");
        // "tiers" is a tag of an English and of a German resource: a word of the reader's language too
        assertThat(tag(page, "tiers").attr("lang")).isEmpty();
        assertThat(tag(page, "stufen").attr("lang")).isEmpty();
        assertThat(page.select(".facets a[href*='type=datasheet']").text()).isEqualTo("Datenblatt");
        assertThat(page.select(".facets a[href*='kind=resource']").text()).isEqualTo("Ressource");
        assertThat(page.select(".facets a[href*='language=fr']").text()).isEqualTo("Französisch");
        assertThat(page.select("li.hit .badge").eachText()).containsOnly("Datenblatt");
        assertThat(page.select("li.hit p.muted").eachText()).allMatch(meta -> meta.startsWith("Französisch")
                || meta.startsWith("Englisch") || meta.startsWith("Deutsch"));
    }

    @Test
    void anActiveTagFilterNamesItsFacetInTheReadersLanguageAndItsTagInItsOwn() {
        Browser reader = signedIn("de");

        Document page = reader.get("/library?q=kolibri&tag=Benefits&type=datasheet").html();

        assertThat(page.select(".active-filters a").eachText())
                .containsExactly("Typ: Datenblatt ×", "Schlagwort: benefits ×");
        assertThat(page.select(".active-filters a span[lang=en]").eachText()).containsExactly("benefits");
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

    private static Element tag(Document page, String tag) {
        Element value = page.select(".facets a[href$='tag=" + tag + "'] span").last();
        assertThat(value).as("facet tag %s", tag).isNotNull();
        assertThat(value.text()).isEqualTo(tag);
        return value;
    }

    private Browser signedIn(String language) {
        Browser browser = new Browser(server.getURI());
        browser.setCookie("pa_lang", language);
        browser.login(fixtures.employee(partner, "Lea Reader " + (++readers), Role.LEARNER).email(), Fixtures.PASSWORD);
        return browser;
    }
}
