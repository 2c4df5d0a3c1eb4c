package io.partneracademy.library;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DemoSite;
import io.partneracademy.support.DemoSiteTest;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The library search page in Chromium: plain-text snippets, questions answered, and an honest "no close match". */
@MicronautTest(transactional = false)
class LibrarySearchInBrowserTest extends DemoSiteTest {

    @Inject
    EmbeddedServer server;

    @Test
    void snippetsReadAsPlainTextWithoutMarkdownTablePipesOrRepeatedTitles() {
        RealBrowser learner = signedIn();

        for (String query : List.of("customer NPS churn", "point solutions", "tier benefits revenue share")) {
            learner.open("/library?q=" + query.replace(' ', '+'));
            List<WebElement> snippets = learner.all("ol.hits .snippet");
            List<WebElement> titles = learner.all("ol.hits a.hit-title");

            assertThat(snippets).as(query).isNotEmpty();
            for (int i = 0; i < snippets.size(); i++) {
                String snippet = snippets.get(i).getText();
                assertThat(snippet).as("snippet %d of \"%s\"", i, query)
                        .doesNotContain("|", "](", ".md)", "**", "##", "---");
                assertThat(snippet).as("snippet %d of \"%s\" repeats its title", i, query)
                        .doesNotStartWith(titles.get(i).getText());
            }
        }
    }

    @Test
    void aQuestionFindsItsAnswerFirstAndAQueryWithNoAnswerSaysSo() {
        RealBrowser learner = signedIn();

        learner.open("/library").type("#q", "how do I register a deal").clickButton("Search");
        assertThat(learner.all("a.hit-title").get(0).getText()).startsWith("Deal Registration Guide");
        assertThat(learner.all(".no-close-match")).isEmpty();

        learner.open("/library").type("#q", "vacation policy").clickButton("Search");
        assertThat(learner.all(".no-close-match")).as(learner.text()).isNotEmpty();
        assertThat(learner.find(".no-close-match").getText()).startsWith("No close match");

        learner.open("/library?q=wavnet+kubernetes");
        assertThat(learner.find(".did-you-mean a").getText()).contains("wavenet");
    }

    private RealBrowser signedIn() {
        RealBrowser browser = new RealBrowser(server.getURI());
        browser.signIn("learner@globaltech.example", DemoSite.PASSWORD);
        return browser;
    }
}
