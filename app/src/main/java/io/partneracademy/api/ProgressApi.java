package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.accounts.Users;
import io.partneracademy.exams.ExamResults;
import io.partneracademy.learning.Paths;
import io.partneracademy.learning.PathViews;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A person's learning as an integration reads it: progress per path and course, and exam attempt summaries. */
@Controller(ApiPaths.V1 + "/people/{personId}")
@Secured(SecurityRule.IS_ANONYMOUS) // ApiTokenFilter authenticates every request under /api/v1 by its token
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
class ProgressApi {

    private final Paths paths;
    private final ExamResults results;
    private final Users users;
    private final ApiScoping scoping;

    ProgressApi(Paths paths, ExamResults results, Users users, ApiScoping scoping) {
        this.paths = paths;
        this.results = results;
        this.users = users;
        this.scoping = scoping;
    }

    /**
     * A certification path with the person's progress, as the path page computes it.
     *
     * @param percent        the path page's progress bar
     * @param missing        what the path still needs: kind (course, lab, exam, certification, live) and id
     * @param certifiedUntil the day the person's active certification of this path expires, if they hold one
     */
    @Serdeable
    record PathProgress(String pathId, String title, boolean enrolled, int percent, List<CourseProgress> courses,
                        List<LabProgress> labTracks, List<Missing> missing, @Nullable String certifiedUntil) {

        static PathProgress of(PathViews.PathCard card) {
            return new PathProgress(card.id(), card.title(), card.enrolled(), card.percent(),
                    card.courses().stream().map(c -> new CourseProgress(c.id(), c.title(), c.lessons(), c.completed(),
                            c.percent(), c.enrolled())).toList(),
                    card.labs().stream().map(l -> new LabProgress(l.id(), l.title(), l.tasks(),
                            Math.min(l.completed(), l.tasks()), l.done())).toList(),
                    card.missing().stream().map(m -> new Missing(m.kind(), m.id(), m.title())).toList(),
                    card.certifiedUntil());
        }
    }

    /** A required course: lessons done of all. */
    @Serdeable
    record CourseProgress(String courseId, String title, int lessons, int lessonsDone, int percent, boolean enrolled) {
    }

    /** A required lab track: tasks done of all. */
    @Serdeable
    record LabProgress(String trackId, String title, int tasks, int tasksDone, boolean done) {
    }

    /** One thing a path still needs. */
    @Serdeable
    record Missing(String kind, String id, String title) {
    }

    /** An exam sitting: score and result once closed; never questions, options or answers. */
    @Serdeable
    record Attempt(long id, String examId, String examTitle, int examVersion, String mode, String status,
                   Instant startedAt, @Nullable Instant closedAt, @Nullable BigDecimal scorePercent,
                   @Nullable Boolean passed) {

        static Attempt of(ExamResults.AttemptSummary a) {
            return new Attempt(a.attemptId(), a.examId(), a.examTitle(), a.examVersion(), a.mode().name(), a.status().name(),
                    a.startedAt(), a.closedAt(), a.scorePercent(), a.passed());
        }
    }

    @Get("/progress")
    @Operation(summary = "The person's progress on every certification path they may see, with its courses and labs",
            description = "Needs enrolments:read.")
    @ApiProblems.Always
    @ApiProblems.NotFound
    List<PathProgress> progress(@Parameter(hidden = true) ApiClient client, @PathVariable long personId) {
        client.requireRead(ApiResource.ENROLMENTS);
        scoping.requirePerson(client, personId);
        return paths.list(as(personId)).stream().map(PathProgress::of).toList();
    }

    @Get("/exam-attempts")
    @Operation(summary = "The person's exam attempts, newest first: score and pass once closed",
            description = "Needs attempts:read. Questions, options and answers are never part of the API.")
    @ApiProblems.Always
    @ApiProblems.NotFound
    List<Attempt> attempts(@Parameter(hidden = true) ApiClient client, @PathVariable long personId) {
        client.requireRead(ApiResource.ATTEMPTS);
        scoping.requirePerson(client, personId);
        return results.attempts(personId).stream().map(Attempt::of).toList();
    }

    /** The person as the learning rules see them (their audience decides which courses count). */
    private CurrentUser as(long personId) {
        UserSummary person = users.get(personId);
        return new CurrentUser(person.id(), person.email(), person.displayName(), person.roles());
    }
}
