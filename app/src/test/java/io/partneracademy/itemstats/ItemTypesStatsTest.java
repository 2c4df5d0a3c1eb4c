package io.partneracademy.itemstats;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.exams.Attempts;
import io.partneracademy.support.ContentFixture;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.ItemTypesFixture;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Item statistics of ordering, matching and short-text questions: facility is the mean of the grader's mark (Moodle's
 * definition for every question type: partial credit counts as its fraction), and the per-option rows count, for
 * ordering, the answers with each step in its right position and, for matching, those with each option matched right.
 */
@MicronautTest(transactional = false)
class ItemTypesStatsTest extends DatabaseTest {

    @Inject
    Fixtures fixtures;
    @Inject
    Attempts attempts;
    @Inject
    ItemStatistics statistics;
    @Inject
    ContentImporter contentImporter;
    @Inject
    ExamImporter examImporter;
    @Inject
    TransactionOperations<Connection> transactions;

    @BeforeAll
    void importExams() {
        contentImporter.importTree(ContentFixture.create().root(), null);
        examImporter.importTree(ItemTypesFixture.create("partial"));
    }

    @Test
    void facilityIsTheMeanMarkAndPartsDoneRightAreCountedPerOption() {
        sit("Ann All", Map.of("o1", List.of("a=1", "b=2", "c=3", "d=4"), "m1", List.of("p1=t1", "p2=t2", "p3=t3")),
                "rollout undo");
        sit("Ben Half", Map.of("o1", List.of("a=1", "b=2", "d=3", "c=4"), "m1", List.of("p1=t1", "p2=t3")),
                "roll back");
        sit("Cid None", Map.of(), null);

        Report report = statistics.compute(ItemTypesFixture.EXAM, 1, true);

        Map<String, Report.Item> items = report.items().stream()
                .collect(Collectors.toMap(Report.Item::questionId, i -> i));
        assertThat(items.get("o1").answers()).isEqualTo(3);
        assertThat(items.get("o1").facility()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-9));
        assertThat(items.get("m1").facility()).isCloseTo((1 + 1.0 / 3 + 0) / 3, within(1e-9));
        assertThat(items.get("s1").facility()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(counts(items.get("o1"))).containsExactly(Map.entry("a", 2), Map.entry("b", 2), Map.entry("c", 1),
                Map.entry("d", 1));
        assertThat(counts(items.get("m1"))).containsExactly(Map.entry("p1", 2), Map.entry("p2", 1),
                Map.entry("p3", 1));
        assertThat(items.get("s1").options()).isEmpty();
        assertThat(items.get("o1").options()).allMatch(Report.OptionUse::correct);
    }

    private static Map<String, Integer> counts(Report.Item item) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        item.options().forEach(o -> counts.put(o.id(), o.count()));
        return counts;
    }

    /** Sits the exam with these answers (by question id), the short-text answer, and c1 right; then submits. */
    private void sit(String name, Map<String, List<String>> answers, String text) {
        UserSummary u = fixtures.user(name, Role.LEARNER);
        CurrentUser user = new CurrentUser(u.id(), u.email(), u.displayName(), Set.of(Role.LEARNER));
        long attemptId = attempts.start(user, ItemTypesFixture.EXAM);
        positions(attemptId).forEach((questionId, position) -> {
            if (answers.containsKey(questionId)) {
                attempts.save(user, attemptId, position, answers.get(questionId), null, false);
            } else if (questionId.equals("s1") && text != null) {
                attempts.save(user, attemptId, position, null, text, false);
            }
        });
        attempts.submit(user, attemptId);
    }

    private Map<String, Integer> positions(long attemptId) {
        return transactions.executeRead(status -> {
            Map<String, Integer> out = new HashMap<>();
            try (PreparedStatement st = status.getConnection().prepareStatement(
                    "SELECT question_id, position FROM attempt_question WHERE attempt_id = ?")) {
                st.setLong(1, attemptId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getInt(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return out;
        });
    }
}
