package io.partneracademy.authoring;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ProjectDir;
import io.partneracademy.support.RealBrowser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An author writes a numerical and a matching question on an exam's bank page in real Chromium without JavaScript
 * (console errors and axe-core violations fail the test): a bad tolerance and a prompt without its match come back
 * with status 422, each problem beside its field and every value kept; once fixed, the questions are in the exam's
 * browser bank as the exam reader reads them, and editing one changes it in place. A save over another author's
 * newer save of the same question is refused with status 409, the values kept; saving again replaces theirs.
 */
@MicronautTest(transactional = false)
class BankQuestionsInBrowserTest extends DatabaseTest {

    private static final String EDIT = "/authoring/exams/foundation-exam/bank/questions/fnd-web-window";

    private final Path exams = ProjectDir.copyOf("exams");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("partneracademy.content.exams-dir", exams.toString());
        return properties;
    }

    @Test
    void anAuthorWritesANumericalAndAMatchingQuestionFixesWhatIsRefusedAndEditsOne() {
        RealBrowser browser = new RealBrowser(server.getURI())
                .signIn(fixtures.user("Bea Bank", Role.AUTHOR).email(), Fixtures.PASSWORD);
        browser.scripts(false);
        try {
            browser.open("/authoring/exams/foundation-exam/bank");
            assertThat(browser.text()).contains("Questions written here\nNone yet.");
            browser.clickLink("New numerical question");
            browser.type("#id", "fnd-web-window").type("#stem", "How many days does an approved registration protect"
                    + " the deal?").type("#explanation", "Approved registrations are protected for **90 days**.");
            new Select(browser.find("#section")).selectByValue("registration");
            browser.type("#number-1", "90").type("#tolerance-1", "a week");
            browser.clickButtonRefused("Save question", 422);
            assertThat(browser.find("#question-problems").getText())
                    .isEqualTo("The question has 1 problem(s); nothing was saved.");
            assertThat(browser.find("#tolerance-1-errors").getText())
                    .isEqualTo("a tolerance is a number of 0 or more, not 'a week'");
            assertThat(browser.find("#tolerance-1").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#stem").getAttribute("value")).startsWith("How many days");
            browser.find("#tolerance-1").clear();
            browser.type("#tolerance-1", "0");
            browser.clickButton("Save question");
            assertThat(browser.path()).isEqualTo("/authoring/exams/foundation-exam/bank");
            assertThat(browser.text()).contains("Saved question fnd-web-window in exams/foundation-exam/questions/"
                    + "written-in-the-browser.yaml");

            browser.clickLink("New matching question");
            browser.type("#id", "fnd-web-outcomes").type("#stem", "Match each outcome to what it means for the deal.")
                    .type("#explanation", "Only an approved registration protects the deal.");
            new Select(browser.find("#section")).selectByValue("registration");
            browser.type("#prompt-1", "Approved").type("#match-1", "Protected")
                    .type("#prompt-2", "Rejected").type("#distractor-1", "Paid twice");
            browser.clickButtonRefused("Save question", 422);
            assertThat(browser.find("#prompt-2-errors").getText())
                    .isEqualTo("matching option 'b' has no match (the id of its target)");
            assertThat(browser.find("#distractor-1").getAttribute("value")).isEqualTo("Paid twice");
            browser.type("#match-2", "Not protected").clickButton("Save question");
            browser.screenshot("bank-questions");

            browser.clickLink("Edit fnd-web-window");
            assertThat(browser.find("#number-1").getAttribute("value")).isEqualTo("90");
            assertThat(browser.all("#id")).as("the id of a saved question stays").isEmpty();
            browser.find("#tolerance-1").clear();
            browser.type("#tolerance-1", "1").clickButton("Save question");

            // Two authors edit the same question: Bea's save from the version Cem has since replaced is refused.
            browser.clickLink("Edit fnd-web-window");
            Browser cem = new Browser(server.getURI());
            cem.login(fixtures.user("Cem Clash", Role.AUTHOR).email(), Fixtures.PASSWORD);
            String version = cem.get(EDIT).body().replaceAll("(?s).*name=\"version\" value=\"([0-9a-f]+)\".*", "$1");
            assertThat(cem.post(EDIT, Map.of("version", version, "section", "registration", "difficulty", "medium",
                    "stem", "How many days is a deal protected?", "explanation", "For **90 days**.", "number", "90",
                    "tolerance", "2")).status()).isEqualTo(303);
            browser.find("#tolerance-1").clear();
            browser.type("#tolerance-1", "3").clickButtonRefused("Save question", 409);
            assertThat(browser.find("#question-conflict").getText()).startsWith("Another author saved this question"
                    + " after you opened it, so nothing was saved.");
            assertThat(browser.find("#tolerance-1").getAttribute("value")).isEqualTo("3");
            assertThat(window().item().accepted()).as("Cem's save stands")
                    .containsExactly(new ExamSpec.Accepted("90", false, BigDecimal.valueOf(2)));
            browser.clickButton("Save question");
            assertThat(browser.path()).as("saved again knowingly").isEqualTo("/authoring/exams/foundation-exam/bank");
        } finally {
            browser.scripts(true);
        }

        Map<String, ExamSpec.Question> read = new HashMap<>();
        ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("foundation-exam"))
                .flatMap(e -> e.questions().stream()).forEach(q -> read.put(q.id(), q));
        assertThat(read.get("fnd-web-window").item().accepted())
                .containsExactly(new ExamSpec.Accepted("90", false, BigDecimal.valueOf(3)));
        assertThat(read.get("fnd-web-window").stem()).as("Bea's whole form replaced Cem's")
                .startsWith("How many days does an approved registration");
        assertThat(read.get("fnd-web-outcomes").item().targets()).extracting(ExamSpec.Option::text)
                .containsExactly("Protected", "Not protected", "Paid twice");
        assertThat(read.get("fnd-web-outcomes").item().pairs()).isEqualTo(Map.of("a", "t1", "b", "t2"));
        assertThat(List.of(exams.resolve("foundation-exam/questions/written-in-the-browser.yaml")))
                .allMatch(Files::isRegularFile);
    }

    private ExamSpec.Question window() {
        return ExamTree.read(exams, null).exams().stream().filter(e -> e.id().equals("foundation-exam"))
                .flatMap(e -> e.questions().stream()).filter(q -> q.id().equals("fnd-web-window")).findFirst()
                .orElseThrow();
    }

}
