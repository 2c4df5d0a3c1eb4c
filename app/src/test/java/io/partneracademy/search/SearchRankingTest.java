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
        Path synonyms = Files.writeString(dir.resolve("synonyms.txt"), "roi, return on investment\n");
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

    private void add(String id, String title, String body) {
        index.replace("resource:" + id, "1", List.of(new SearchDocument("resource:" + id, SearchDocument.Kind.RESOURCE,
                title, null, "/library/resources/" + id, "guide", "en", List.of("notes"), body, Tier.REGISTERED,
                Set.of(), 1_700_000_000_000L, 0)));
    }

    private List<String> keys(String query) {
        return index.search(SearchRequest.of(query), SearchViewer.STAFF).hits().stream().map(SearchPage.Hit::key).toList();
    }
}
