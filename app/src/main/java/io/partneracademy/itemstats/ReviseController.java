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
import io.partneracademy.web.FormPage;
import io.partneracademy.web.Forms;
import io.partneracademy.web.Views;

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
    private final Forms forms;

    ReviseController(QuestionBank bank, ExamPublisher publisher, Forms forms) {
        this.bank = bank;
        this.publisher = publisher;
        this.forms = forms;
    }

    @Get
    HttpResponse<?> form(@PathVariable String examId, @PathVariable String questionId) {
        QuestionBank.Question question = question(examId, questionId);
        return page(examId, question, ReviseForm.of(question)).render(HttpStatus.OK);
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> revise(@PathVariable String examId, @PathVariable String questionId, @Body ReviseForm form) {
        QuestionBank.Question question = question(examId, questionId);
        forms.check(page(examId, question, form), form, errors -> form.check(question, errors));
        int version = publisher.revise(examId, form.toQuestion(question));
        return Views.seeOther(ItemStatsController.PATH + "/" + examId + "?version=" + version);
    }

    private QuestionBank.Question question(String examId, String questionId) {
        QuestionBank.Paper paper = bank.paper(examId, bank.exam(examId).currentVersion());
        return paper.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new ExamNotFoundException(examId + "/" + questionId));
    }

    private static FormPage page(String examId, QuestionBank.Question question, ReviseForm form) {
        return FormPage.of(VIEW, Map.of("examId", examId, "question", question, "form", form,
                "options", form.fields(question)));
    }
}
