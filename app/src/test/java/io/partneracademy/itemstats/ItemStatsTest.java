package io.partneracademy.itemstats;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.exams.Attempts;
import io.partneracademy.exams.QuestionBank;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.TestClock;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ItemStatsTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    Attempts attempts;
    @Inject
    QuestionBank bank;
    @Inject
    ExamImporter examImporter;
    @Inject
    ContentImporter contentImporter;
    @Inject
    TransactionOperations<Connection> transactions;

    Path exams;
    UserSummary authorUser;
    Browser author;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        exams = ExamFixture.certificationExams(3, "stats-first", "stats-retire", "stats-revise", "stats-csv",
                "stats-cache");
        examImporter.importTree(exams);
        authorUser = fixtures.user("Elena Author", Role.AUTHOR);
    }

    @BeforeEach
    void signInAuthor() {
        // Every test signs in afresh: tests that move the clock past the cooldown also outlive sessions.
        author = new Browser(server.getURI());
        assertThat(author.login(authorUser.email(), Fixtures.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void firstAttemptsOnlyCountEachPersonsFirstClosedAttemptUnlessAllAreAsked() {
        List<CurrentUser> repeaters = List.of(learner("Rita"), learner("Ravi"), learner("Rosa"));
        repeaters.forEach(u -> sit(u, "stats-first", "w"));
        sit(learner("Ada"), "stats-first", "r");
        attempts.start(learner("Otto Open"), "stats-first");
        clock.advance(Duration.ofHours(25));
        repeaters.forEach(u -> sit(u, "stats-first", "r"));
        signInAuthor();

        Document first = author.get("/itemstats/stats-first").html();
        Document all = author.get("/itemstats/stats-first?scope=all").html();

        assertThat(fact(first, "Attempts")).isEqualTo("4");
        assertThat(fact(first, "Mean score")).isEqualTo("25.00 %");
        assertThat(fact(first, "Pass rate")).isEqualTo("25.00 %");
        assertThat(fact(all, "Attempts")).isEqualTo("7");
        assertThat(fact(all, "Mean score")).isEqualTo("57.14 %");
        assertThat(first.select("table.by-attempt tbody tr").eachText())
                .containsExactly("1 4 1 25.0 %", "2 3 3 100.0 %");
        assertThat(first.select("tr[data-question=a1] td.c").eachText())
                .containsExactly("a1", "alpha", "easy", "single", "4", "25.00", "50.00", "100.00", "100.00", "25.00");
    }

    @Test
    void aReportIsKeptWithItsTimeUntilRecomputed() {
        sit(learner("Carl Cache"), "stats-cache", "r");
        Document before = author.get("/itemstats/stats-cache").html();
        sit(learner("Cleo Cache"), "stats-cache", "w");

        Document cached = author.get("/itemstats/stats-cache").html();
        Browser.Page refresh = author.post("/itemstats/stats-cache/refresh?version=1&scope=first", Map.of());
        Document fresh = author.get(refresh.location()).html();

        assertThat(before.select(".freshness").text()).matches("Computed [A-Z][a-z]{2} \\d{1,2}, 20\\d{2}, .* UTC in .*");
        assertThat(fact(cached, "Attempts")).isEqualTo("1");
        assertThat(refresh.status()).isEqualTo(303);
        assertThat(fact(fresh, "Attempts")).isEqualTo("2");
    }

    @Test
    void theCsvExportIsTheTableInTheSameOrder() {
        for (int i = 0; i < 6; i++) {
            sit(learner("Tess Table " + i), "stats-csv", i % 3 == 0 ? "w" : "r");
        }
        author.get("/itemstats/stats-csv");
        author.post("/itemstats/stats-csv/refresh?version=1&scope=first", Map.of());
        String query = "?version=1&scope=first&sort=facility&dir=desc";

        Document page = author.get("/itemstats/stats-csv" + query).html();
        Browser.Page csv = author.get("/itemstats/stats-csv/questions.csv" + query);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = Arrays.asList(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("question,section,difficulty,type,answers,facility,sd,discrimination,"
                + "efficiency,weight,flags,retired");
        List<String> table = new ArrayList<>();
        for (Element row : page.select("table.questions tr[data-question]")) {
            List<String> cells = new ArrayList<>(row.select("td.c").stream().map(Element::text).toList());
            cells.add(String.join(" ", row.select("[data-flag]").eachAttr("data-flag")));
            cells.add(row.select("[data-retired]").isEmpty() ? "" : "retired");
            table.add(String.join(",", cells));
        }
        assertThat(table).hasSize(6);
        assertThat(lines.subList(1, lines.size())).containsExactlyElementsOf(table);
    }

    @Test
    void aRetiredQuestionIsNoLongerDrawnWhilePastAttemptsKeepItAndTheirScores() throws SQLException {
        List<Long> before = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            before.add(sit(learner("Paula Past " + i), "stats-retire", "r"));
        }
        Map<Long, String> scores = scores(before);
        List<String> papers = before.stream().map(this::questions).map(String::valueOf).toList();
        author.get("/itemstats/stats-retire");

        Browser.Page retire = author.post("/itemstats/stats-retire/questions/b1/retire", Map.of());
        Browser.Page tooFew = author.post("/itemstats/stats-retire/questions/a1/retire", Map.of());
        List<Set<String>> after = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            after.add(questions(attempts.start(learner("Nora New " + i), "stats-retire")));
        }

        assertThat(retire.status()).isEqualTo(303);
        assertThat(tooFew.status()).isEqualTo(409);
        assertThat(tooFew.text()).contains("cannot be retired");
        assertThat(after).allSatisfy(paper -> assertThat(paper).doesNotContain("b1").contains("a1", "b2", "b3"));
        assertThat(scores(before)).isEqualTo(scores);
        assertThat(before.stream().map(this::questions).map(String::valueOf).toList()).isEqualTo(papers);
        Document page = author.get("/itemstats/stats-retire").html();
        assertThat(page.select("tr[data-question=b1] [data-retired]")).hasSize(1);

        author.post("/itemstats/stats-retire/questions/b1/restore", Map.of());
        Set<String> drawn = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            drawn.addAll(questions(attempts.start(learner("Rhea Restored " + i), "stats-retire")));
        }
        assertThat(drawn).contains("b1");
    }

    @Test
    void aRevisedQuestionStartsANewVersionWhileTheOldVersionAndItsAttemptsStay() throws SQLException {
        long old = sit(learner("Vera Versioned"), "stats-revise", "r");
        Map<Long, String> scores = scores(List.of(old));
        author.get("/itemstats/stats-revise/questions/a2/revise");

        Browser.Page invalid = author.postFields("/itemstats/stats-revise/questions/a2/revise", List.of(
                Map.entry("stem", " "), Map.entry("optionText", "Right"), Map.entry("optionText", "Wrong"),
                Map.entry("optionText", "Other"), Map.entry("correct", "r"), Map.entry("correct", "w")));
        Browser.Page revised = author.postFields("/itemstats/stats-revise/questions/a2/revise", List.of(
                Map.entry("stem", "Which is now right?"), Map.entry("optionText", "Right, revised"),
                Map.entry("optionText", "Wrong"), Map.entry("optionText", "Other"), Map.entry("correct", "r"),
                Map.entry("explanation", "Clearer now.")));
        int reimported = examImporter.importTree(exams).get("stats-revise");

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.text()).contains("Enter the question.").contains("Tick exactly one correct option");
        assertThat(revised.status()).isEqualTo(303);
        assertThat(revised.location()).isEqualTo("/itemstats/stats-revise?version=2");
        assertThat(reimported).isEqualTo(2);
        assertThat(bank.exam("stats-revise").currentVersion()).isEqualTo(2);
        assertThat(bank.paper("stats-revise", 2).questions()).filteredOn(q -> q.id().equals("a2"))
                .singleElement().satisfies(q -> assertThat(q.stem()).isEqualTo("Which is now right?"));
        assertThat(bank.paper("stats-revise", 1).questions()).filteredOn(q -> q.id().equals("a2"))
                .singleElement().satisfies(q -> assertThat(q.stem()).isEqualTo("Question a2?"));
        assertThat(scores(List.of(old))).isEqualTo(scores);
        assertThat(fact(author.get("/itemstats/stats-revise?version=1").html(), "Attempts")).isEqualTo("1");
        assertThat(fact(author.get("/itemstats/stats-revise?version=2").html(), "Attempts")).isEqualTo("0");
        long next = sit(learner("Nico Next"), "stats-revise", "r");
        assertThat(version(next)).isEqualTo(2);
    }

    @Test
    void onlyAuthorsAndAdminsSeeStatistics() {
        UserSummary learner = fixtures.user("Lena Learner", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);

        assertThat(browser.get("/itemstats").status()).isEqualTo(403);
        assertThat(browser.get("/itemstats/stats-first/questions.csv").status()).isEqualTo(403);
        assertThat(author.get("/itemstats").text()).contains("Exam stats-first");
        assertThat(author.get("/itemstats/no-such-exam").status()).isEqualTo(404);
    }

    private CurrentUser learner(String name) {
        UserSummary u = fixtures.user(name, Role.LEARNER);
        return new CurrentUser(u.id(), u.email(), u.displayName(), Set.of(Role.LEARNER));
    }

    /** Starts, answers every question with the option and submits; returns the attempt id. */
    private long sit(CurrentUser user, String examId, String option) {
        long attemptId = attempts.start(user, examId);
        for (int position = 0; position < 4; position++) {
            attempts.save(user, attemptId, position, option, false);
        }
        attempts.submit(user, attemptId);
        return attemptId;
    }

    private static String fact(Document page, String label) {
        return page.select("dl.summary dt:containsOwn(" + label + ") + dd").text();
    }

    private Set<String> questions(long attemptId) {
        return new HashSet<>(query("SELECT question_id FROM attempt_question WHERE attempt_id = ?", attemptId));
    }

    private int version(long attemptId) {
        return Integer.parseInt(query("SELECT exam_version FROM exam_attempt WHERE id = ?", attemptId).get(0));
    }

    private Map<Long, String> scores(List<Long> attemptIds) {
        Map<Long, String> out = new java.util.TreeMap<>();
        attemptIds.forEach(id -> out.put(id, query(
                "SELECT CONCAT(score_percent, ' ', passed, ' ', section_scores) FROM exam_attempt WHERE id = ?", id)
                .get(0)));
        return out;
    }

    private List<String> query(String sql, long id) {
        return transactions.executeRead(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(sql)) {
                st.setLong(1, id);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
