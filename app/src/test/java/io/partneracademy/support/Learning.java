package io.partneracademy.support;

import io.partneracademy.accounts.CurrentUser;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.authoring.ContentImporter;
import io.partneracademy.authoring.ExamImporter;
import io.partneracademy.catalog.Courses;
import io.partneracademy.exams.Attempts;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;

/**
 * A learner's progress through {@link ContentFixture}'s "intro" course and {@link ExamFixture}'s exams, through the
 * same services the pages call: what certification and tier tests need before they can start.
 */
@Singleton
public class Learning {

    private final Courses courses;
    private final Attempts attempts;
    private final ContentImporter contentImporter;
    private final ExamImporter examImporter;

    Learning(Courses courses, Attempts attempts, ContentImporter contentImporter, ExamImporter examImporter) {
        this.courses = courses;
        this.attempts = attempts;
        this.contentImporter = contentImporter;
        this.examImporter = examImporter;
    }

    /** Imports the fixture content with the "basics" path certified by the "quiz" exam (see {@link #completeBasics}). */
    public void importCertifiableBasics() {
        importCertifiableBasics(Map.of());
    }

    /** As {@link #importCertifiableBasics()}, with these content files added (a translation, say). */
    public void importCertifiableBasics(Map<String, String> moreFiles) {
        ContentFixture content = ContentFixture.create()
                .replace("paths/basics.yaml", "validity-months: 12", "exam: quiz\nvalidity-months: 12");
        moreFiles.forEach(content::write);
        contentImporter.importTree(content.root(), null);
        examImporter.importTree(ExamFixture.create());
    }

    public static CurrentUser learner(UserSummary user) {
        return new CurrentUser(user.id(), user.email(), user.displayName(), Set.of(Role.LEARNER));
    }

    /** Completes both lessons of the "intro" course. */
    public void completeIntro(CurrentUser learner) {
        courses.complete(learner, "intro", "welcome");
        courses.complete(learner, "intro", "second-lesson");
    }

    /** Takes the exam and answers every question right (option "r" in the fixture exams). */
    public void pass(CurrentUser learner, String exam) {
        long attempt = attempts.start(learner, exam);
        for (int position = 0; position < 4; position++) {
            attempts.save(learner, attempt, position, "r", false);
        }
        attempts.submit(learner, attempt);
    }

    /** Everything the "basics" path asks for when its exam is "quiz". */
    public void completeBasics(CurrentUser learner) {
        completeIntro(learner);
        pass(learner, "quiz");
    }
}
