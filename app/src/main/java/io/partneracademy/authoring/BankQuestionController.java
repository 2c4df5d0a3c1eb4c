package io.partneracademy.authoring;

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
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.util.List;
import java.util.Map;

/**
 * Writing and editing ordering, matching, short-text and numerical questions on an exam's bank page, saved to the
 * exam's browser bank ({@link BankQuestions}); a question with problems is shown again with status 422, every value
 * kept and each problem beside its field; an edit over another author's newer save is shown again with status 409.
 */
@Controller(ExamBankController.PATH + "/bank/questions")
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class BankQuestionController {

    static final String VIEW = "authoring/bank-question";

    private final BankQuestions questions;
    private final ExamBanks banks;

    BankQuestionController(BankQuestions questions, ExamBanks banks) {
        this.questions = questions;
        this.banks = banks;
    }

    @Get("/new/{kind}")
    HttpResponse<?> create(@PathVariable String id, @PathVariable String kind) {
        return page(HttpStatus.OK, id, kind(id, kind), null, BankQuestionForm.blank(), null);
    }

    @Post(value = "/new/{kind}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> add(@PathVariable String id, @PathVariable String kind, @Body BankQuestionForm form) {
        return save(id, kind(id, kind), null, form);
    }

    @Get("/{questionId}")
    HttpResponse<?> edit(@PathVariable String id, @PathVariable String questionId) {
        BankQuestions.Editing editing = questions.question(id, questionId);
        return page(HttpStatus.OK, id, editing.kind(), questionId, BankQuestionForm.of(editing.question()), null);
    }

    @Post(value = "/{questionId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable String id, @PathVariable String questionId, @Body BankQuestionForm form) {
        return save(id, questions.question(id, questionId).kind(), questionId, form);
    }

    private HttpResponse<?> save(String id, BankQuestionKind kind, @io.micronaut.core.annotation.Nullable String questionId,
                                 BankQuestionForm form) {
        try {
            String saved = questions.save(id, questionId, kind, form);
            return Views.seeOther(ExamBankController.PATH.replace("{id}", id) + "/bank",
                    Flash.of("flash.bank.question-saved", saved, id + "/questions/" + BankQuestions.BANK));
        } catch (BankQuestionRejectedException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, id, kind, questionId,
                    questionId == null ? form : form.withId(questionId), e);
        } catch (BankQuestionConflictException e) {
            // The author's values stay on the page; saving them again knowingly replaces the other author's version.
            return page(HttpStatus.CONFLICT, id, kind, questionId, form.withId(questionId).withVersion(e.stored()),
                    null);
        }
    }

    private BankQuestionKind kind(String examId, String kind) {
        return BankQuestionKind.fromSlug(kind).orElseThrow(() -> new ExamNotFoundException(examId + "/" + kind));
    }

    private HttpResponse<?> page(HttpStatus status, String id, BankQuestionKind kind, String questionId,
                                 BankQuestionForm form, BankQuestionRejectedException rejected) {
        BankQuestionPage page = BankQuestionPage.of(id, kind, questionId, form, banks.sections(id),
                rejected == null ? Map.of() : rejected.fields(), rejected == null ? List.of() : rejected.general(),
                status == HttpStatus.CONFLICT);
        return Views.render(status, VIEW, Map.of("page", page));
    }
}
