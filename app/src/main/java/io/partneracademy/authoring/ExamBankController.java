package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
import io.partneracademy.content.ContentInvalidException;
import io.partneracademy.content.ContentProblem;
import io.partneracademy.web.Flash;
import io.partneracademy.web.Views;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The question-bank page of an exam for authors: download its banks as a QTI 3.0 package or as GIFT, and upload a
 * QTI 3.0 package or a GIFT file, written as a new bank under exams/ for review (nothing written when it has
 * problems, which the page lists with their file and line).
 */
@Controller(ExamBankController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class ExamBankController {

    static final String PATH = "/authoring/exams/{id}";
    static final String VIEW = "authoring/bank";

    private final ExamBanks banks;
    private final BankQuestions questions;

    ExamBankController(ExamBanks banks, BankQuestions questions) {
        this.banks = banks;
        this.questions = questions;
    }

    @Get("/bank")
    HttpResponse<?> page(@PathVariable String id) {
        return page(HttpStatus.OK, id, List.of(), false);
    }

    @Post(value = "/bank", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> upload(@PathVariable String id, @Nullable @Part("file") CompletedFileUpload file,
                           @Nullable @Part("section") String section) {
        banks.examDir(id);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, id, List.of(), true);
        }
        try {
            String written = banks.importFile(id, file.getFilename(), file.getBytes(),
                    section == null || section.isBlank() ? null : section);
            return Views.seeOther("/authoring/exams/" + id + "/bank", Flash.of("flash.bank.imported", written));
        } catch (ContentInvalidException e) {
            return page(HttpStatus.UNPROCESSABLE_ENTITY, id, e.problems(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/export.qti.zip")
    @Produces("application/zip")
    HttpResponse<byte[]> export(@PathVariable String id) {
        return HttpResponse.ok(QtiExport.export(banks.examDir(id)))
                .header("Content-Disposition", "attachment; filename=\"" + id + "-qti3.zip\"");
    }

    private HttpResponse<?> page(HttpStatus status, String id, List<ContentProblem> problems, boolean missingFile) {
        Map<String, Object> model = new HashMap<>();
        model.put("examId", id);
        model.put("sections", banks.sections(id));
        model.put("problems", problems.stream().map(ContentProblem::toString).toList());
        model.put("missingFile", missingFile);
        model.put("kinds", java.util.Arrays.stream(BankQuestionKind.values()).map(BankQuestionKind::slug).toList());
        model.put("written", questions.listed(id));
        return Views.render(status, VIEW, model);
    }
}
