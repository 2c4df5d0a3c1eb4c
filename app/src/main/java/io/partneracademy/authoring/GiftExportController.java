package io.partneracademy.authoring;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.partneracademy.accounts.Role;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.exams.ExamNotFoundException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Lets authors download an exam's question banks (the files under exams/) as one GIFT file for Moodle. */
@Controller(GiftExportController.PATH)
@Secured({Role.Names.AUTHOR, Role.Names.ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
class GiftExportController {

    static final String PATH = "/authoring/exams";

    private final ContentSettings settings;

    GiftExportController(ContentSettings settings) {
        this.settings = settings;
    }

    @Get("/{id}/export.gift")
    @Produces("text/plain;charset=utf-8")
    HttpResponse<byte[]> export(@PathVariable String id) {
        Path dir = settings.examsDir().resolve(Slugs.valid(id) ? id : "-");
        if (!Slugs.valid(id) || !Files.isRegularFile(dir.resolve("exam.yaml"))) {
            throw new ExamNotFoundException(id);
        }
        return HttpResponse.ok(GiftExport.export(dir).getBytes(StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"" + id + ".gift\"");
    }
}
