package io.partneracademy.itemstats;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
import io.partneracademy.exams.ExamNotFoundException;
import io.partneracademy.exams.ExamPublisher;
import io.partneracademy.exams.QuestionBank;
import io.partneracademy.web.FormErrors;
import io.partneracademy.web.Views;

import java.util.List;
import java.util.Map;

/** Revising a question of an exam's current version into a new version, from the statistics page. */
@Controller(ItemStatsController.PATH + "/{examId}/questions/{questionId}/revise")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
class ReviseController {

    static final String VIEW = "itemstats/revise";

    private final QuestionBank bank;
    private final ExamPublisher publisher;

    ReviseController(QuestionBank bank, ExamPublisher publisher) {
        this.bank = bank;
        this.publisher = publisher;
    }

    @Get
    HttpResponse<?> form(@PathVariable String examId, @PathVariable String questionId) {
        QuestionBank.Question question = question(examId, questionId);
        return page(HttpStatus.OK, examId, question, ReviseForm.of(question), List.of());
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revise(@PathVariable String examId, @PathVariable String questionId, @Body ReviseForm form) {
        QuestionBank.Question question = question(examId, questionId);
        try {
            int version = publisher.revise(examId, form.toQuestion(question));
            return Views.seeOther(ItemStatsController.PATH + "/" + examId + "?version=" + version);
        } catch (FormErrors e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, examId, question, form, e.errors());
        }
    }

    private QuestionBank.Question question(String examId, String questionId) {
        QuestionBank.Paper paper = bank.paper(examId, bank.exam(examId).currentVersion());
        return paper.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new ExamNotFoundException(examId + "/" + questionId));
    }

    private static HttpResponse<?> page(HttpStatus status, String examId, QuestionBank.Question question,
                                        ReviseForm form, List<FormErrors.FieldError> errors) {
        return Views.render(status, VIEW, Map.of("examId", examId, "question", question, "form", form,
                "options", form.fields(question),
                "errors", Views.fieldErrors(errors)));
    }
}
