package io.partneracademy.search;

import io.partneracademy.partners.Tier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** How the ranking treats repeated words, synonyms of several words and typos, on a real Lucene index. */
class SearchRankingTest {

    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void openIndex() throws IOException {
        Path synonyms = Files.writeString(dir.resolve("synonyms.txt"), """
                roi, return on investment
                guide, leitfaden
                deal registration, deal-registrierung
                """);
        index = SearchIndex.open(dir.resolve("index"), synonyms);
    }

    @AfterEach
    void closeIndex() {
        index.close();
    }

    @Test
    void resourceAboutAWordOutranksOneThatRepeatsItInAShortTitle() {
        add("repeat", "card card card", "Quarterly numbers and nothing else.");
        add("about", "Competitive card for the sales team", "This card compares us with the rivals; the card is one page.");

        assertThat(keys("card")).startsWith("resource:about");
    }

    @Test
    void synonymOfSeveralWordsCountsOnlyWhereItsWordsStandTogether() {
        add("abbreviation", "ROI calculator", "Work out the payback.");
        add("phrase", "Return on investment explained", "How the payback is worked out.");
        add("scattered", "Investment plans and return policies", "Shipping and refunds.");

        assertThat(keys("ROI")).containsExactlyInAnyOrder("resource:abbreviation", "resource:phrase");
    }

    @Test
    void misspeltWordCountsItsClosestTermOnce() {
        add("variants", "implementation implementations notes", "Meeting minutes.");
        add("playbook", "Implementation playbook", "Every implementation step from kick-off to go-live.");

        assertThat(keys("implementaton")).startsWith("resource:playbook");
    }

    @Test
    void neighbouringQueryWordsOutrankTheSameWordsFarApart() {
        add("apart", "Sales notes", "Pricing comes up early in most calls with buyers and then every objection later.");
        add("together", "Sales notes", "Early in most calls up with buyers comes pricing objection and then later every.");

        assertThat(keys("pricing objection")).startsWith("resource:together");
    }

    @Test
    void correctlySpeltWordDoesNotFindWordsOneLetterAway() {
        add("dean", "Dean list", "Names of the best students.");
        add("desk", "Deal desk", "How a deal is approved.");

        assertThat(keys("deal")).containsExactly("resource:desk");
    }

    @Test
    void goodTranslatedMatchOutranksAPoorMatchInTheQuerysOwnLanguage() {
        add("poor-de", "Quartalszahlen", "Umsatz, Kosten und Ausblick. Ein Leitfaden folgt im nächsten Quartal.", "de");
        add("good-en", "Deal registration guide", "How to register a deal: the deal registration form, step by step.",
                "en");
        add("good-de", "Leitfaden zur Deal-Registrierung", "So registrieren Sie einen Deal: das Formular.", "de");

        assertThat(keys("Leitfaden Deal-Registrierung"))
                .containsExactly("resource:good-de", "resource:good-en", "resource:poor-de");
    }

    @Test
    void interfaceLanguageDecidesWhichLanguageComesFirstForAWordBothUse() {
        add("demo-en", "Demo", "The demo script for a first call.", "en");
        add("demo-de", "Demo", "Das Demo-Skript für das erste Gespräch.", "de");

        assertThat(keys("demo", "de")).first().isEqualTo("resource:demo-de");
        assertThat(keys("demo", "en")).first().isEqualTo("resource:demo-en");
    }

    @Test
    void broadQueryCountsItsFirstThousandMatchesExactlyAndSaysThereAreMore() {
        java.util.Map<String, SearchIndex.Group> many = new java.util.HashMap<>();
        for (int i = 0; i < 1_050; i++) {
            String id = "resource:pipeline-" + i;
            many.put(id, new SearchIndex.Group("1", List.of(new SearchDocument(id, SearchDocument.Kind.RESOURCE,
                    "Pipeline report " + i, null, "/library/resources/" + id, i % 3 == 0 ? "playbook" : "guide", "en",
                    List.of("notes"), i < 20 ? "Pipeline review with the partner." : "Pipeline numbers.",
                    Tier.REGISTERED, Set.of(), 1_700_000_000_000L, 0))));
        }
        index.replaceAll(many);

        SearchPage broad = index.search(SearchRequest.of("pipeline"), SearchViewer.STAFF);
        SearchPage narrow = index.search(SearchRequest.of("review"), SearchViewer.STAFF);

        assertThat(broad.totalExact()).isFalse();
        assertThat(broad.total()).isEqualTo(1_000);
        assertThat(broad.hits()).hasSize(10);
        assertThat(broad.facets().get("type").stream().mapToLong(SearchPage.FacetCount::count).sum())
                .as("facet counts over 1,000 of the matches").isEqualTo(1_000);
        assertThat(narrow.totalExact()).isTrue();
        assertThat(narrow.total()).isEqualTo(20);
        assertThat(narrow.facets().get("type")).extracting(SearchPage.FacetCount::value, SearchPage.FacetCount::count)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("playbook", 7L),
                        org.assertj.core.groups.Tuple.tuple("guide", 13L));
    }

    private void add(String id, String title, String body) {
        add(id, title, body, "en");
    }

    private void add(String id, String title, String body, String language) {
        index.replace("resource:" + id, "1", List.of(new SearchDocument("resource:" + id, SearchDocument.Kind.RESOURCE,
                title, null, "/library/resources/" + id, "guide", language, List.of("notes"), body, Tier.REGISTERED,
                Set.of(), 1_700_000_000_000L, 0)));
    }

    private List<String> keys(String query) {
        return index.search(SearchRequest.of(query), SearchViewer.STAFF).hits().stream().map(SearchPage.Hit::key).toList();
    }

    private List<String> keys(String query, String interfaceLanguage) {
        return index.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 0, 10,
                interfaceLanguage), SearchViewer.STAFF).hits().stream().map(SearchPage.Hit::key).toList();
    }
}
