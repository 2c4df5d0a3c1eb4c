package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.InvalidPartsException;

import java.util.List;

/** Translated exam or section titles that break a rule (empty title, too long, a section the exam does not have). */
class ExamTitleRejectedException extends InvalidPartsException {

    ExamTitleRejectedException(List<Problem> problems) {
        super(problems);
    }

    /**
     * The text a problem is about: the exam's title, one section's title (by id), or the sections as a whole (a
     * section the blueprint no longer has).
     */
    record Part(Kind kind, @Nullable String section) {

        enum Kind { TITLE, SECTION, SECTIONS }

        static Part title() {
            return new Part(Kind.TITLE, null);
        }

        static Part section(String id) {
            return new Part(Kind.SECTION, id);
        }

        static Part sections() {
            return new Part(Kind.SECTIONS, null);
        }
    }
}
