package io.partneracademy.itemstats;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.exams.Attempts;
import io.partneracademy.support.Browser;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.ExamFixture;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** Item statistics per exam language, and the flag for a question that fails in one language only. */
@MicronautTest(transactional = false)
class ItemStatsByLanguageTest extends DatabaseTest {

    private static final int PER_LANGUAGE = 35;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Attempts attempts;
    @Inject
    ExamImporter examImporter;
    @Inject
    ContentImporter contentImporter;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void importExam() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ExamFixture.certificationExams(3, "stats-lang"));
    }

    @Test
    void aQuestionAnsweredWrongInJapaneseOnlyIsFlaggedAsAPossibleTranslationProblemWithItsFacilityPerLanguage() {
        for (int i = 0; i < PER_LANGUAGE; i++) {
            sit(learner("English " + i), null, question -> "r");
            sit(learner("Japanese " + i), "ja", question -> question.equals("a1") ? "w" : "r");
        }
        Browser author = new Browser(server.getURI());
        author.login(fixtures.user("Lena Linguist", Role.AUTHOR).email(), Fixtures.PASSWORD);

        Document page = author.get("/itemstats/stats-lang").html();

        assertThat(page.select("tr[data-question=a1] [data-flag]").eachAttr("data-flag")).contains("translation");
        assertThat(page.select("tr[data-question=a1] li[data-language]").eachText())
                .containsExactly("en: 100.00 % (35 answers)", "ja: 0.00 % (35 answers)");
        assertThat(page.select("tr[data-question=a1] li[data-language=ja]").hasClass("stands-out")).isTrue();
        assertThat(page.select("tr[data-question=a2] [data-flag=translation], tr[data-question=b1] "
                + "[data-flag=translation]")).isEmpty();
        assertThat(page.select("#translation-rule").text()).contains("at least 20 answers on each side");
    }

    /** Sits the exam answering each question as told; a language pins the attempt as the exam page's start form does. */
    private void sit(CurrentUser user, String language, Function<String, String> answer) {
        long attemptId = attempts.start(user, "stats-lang");
        if (language != null) {
            pin(attemptId, language);
        }
        List<String> paper = query("SELECT question_id FROM attempt_question WHERE attempt_id = ? ORDER BY position",
                attemptId);
        for (int position = 0; position < paper.size(); position++) {
            attempts.save(user, attemptId, position, answer.apply(paper.get(position)), false);
        }
        attempts.submit(user, attemptId);
    }

    private CurrentUser learner(String name) {
        UserSummary u = fixtures.user(name, Role.LEARNER);
        return new CurrentUser(u.id(), u.email(), u.displayName(), Set.of(Role.LEARNER));
    }

    private void pin(long attemptId, String language) {
        transactions.executeWrite(status -> {
            try (PreparedStatement st = status.getConnection().prepareStatement(
                    "INSERT INTO attempt_language (attempt_id, language) VALUES (?, ?)")) {
                st.setLong(1, attemptId);
                st.setString(2, language);
                return st.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
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
