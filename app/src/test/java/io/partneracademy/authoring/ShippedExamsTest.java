package io.partneracademy.authoring;

import io.partneracademy.exams.ExamSpec;
import io.partneracademy.support.ProjectDir;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShippedExamsTest {

    @Test
    void everyShippedExamValidatesAndTheBanksHoldAtLeast190Questions() {
        ExamTree tree = ExamTree.read(ProjectDir.get().resolve("exams"), null);

        assertThat(tree.exams()).extracting(ExamSpec::id)
                .containsExactlyInAnyOrder("foundation-exam", "practitioner-exam", "architect-exam", "healthcare-exam");
        assertThat(tree.exams().stream().mapToInt(e -> e.questions().size()).sum()).isGreaterThanOrEqualTo(190);
        assertThat(tree.exams()).allSatisfy(e -> assertThat(e.questions()).allSatisfy(q ->
                assertThat(q.explanation()).isNotBlank()));
    }

    @Test
    void shippedExamsCertifyTheShippedPaths() {
        var paths = ContentTree.read(ProjectDir.get().resolve("content")).paths().stream()
                .map(io.partneracademy.catalog.PathSpec::id).collect(java.util.stream.Collectors.toSet());

        ExamTree tree = ExamTree.read(ProjectDir.get().resolve("exams"), paths);

        assertThat(tree.exams()).hasSize(4);
    }

    @Test
    void theHealthcareSpecializationBankHoldsAtLeastFortyExplainedQuestions() {
        ExamSpec healthcare = ExamTree.read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("healthcare-exam")).findFirst().orElseThrow();

        assertThat(healthcare.questions()).hasSizeGreaterThanOrEqualTo(40)
                .allSatisfy(q -> assertThat(q.explanation()).isNotBlank());
    }

    @Test
    void theFoundationExamIsTranslatedIntoJapaneseWholeWithJapaneseExplanations() {
        ExamSpec foundation = ExamTree.read(ProjectDir.get().resolve("exams"), null).exams().stream()
                .filter(e -> e.id().equals("foundation-exam")).findFirst().orElseThrow();
        java.util.Map<String, String> sourceExplanations = foundation.questions().stream()
                .collect(java.util.stream.Collectors.toMap(ExamSpec.Question::id, ExamSpec.Question::explanation));

        var japanese = foundation.translations().stream().filter(t -> t.language().equals("ja")).toList();

        assertThat(japanese).extracting(ExamSpec.QuestionTranslation::questionId)
                .containsExactlyInAnyOrderElementsOf(sourceExplanations.keySet());
        assertThat(japanese).allSatisfy(t -> {
            assertThat(t.explanation()).as(t.questionId()).isNotBlank()
                    .isNotEqualTo(sourceExplanations.get(t.questionId()));
            assertThat(t.options()).as(t.questionId()).allSatisfy(o -> assertThat(o.text()).isNotBlank());
        });
    }

    @Test
    void everyShippedQuestionTranslationNamesTheSourceQuestionAsItIsNow() {
        for (ExamSpec exam : ExamTree.read(ProjectDir.get().resolve("exams"), null).exams()) {
            java.util.Map<String, String> fingerprints = exam.questions().stream().collect(java.util.stream.Collectors
                    .toMap(ExamSpec.Question::id, QuestionTranslationReader::fingerprint));
            assertThat(exam.translations()).allSatisfy(t -> assertThat(t.source())
                    .as("%s %s in %s", exam.id(), t.questionId(), t.language())
                    .isEqualTo(fingerprints.get(t.questionId())));
        }
    }
}
