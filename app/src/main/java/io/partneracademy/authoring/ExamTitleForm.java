package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translator's save of an exam's titles in one language: the exam title, each section's id with its translated
 * title (in the same order; blank keeps the English title), and the {@code version} of the stored translation the
 * edit started from, so a save over another author's newer save is refused.
 */
@Serdeable
record ExamTitleForm(@Nullable String title, @Nullable List<String> section, @Nullable List<String> sectionTitle,
                     @Nullable String version) {

    /** The form filled with what the editor shows. */
    static ExamTitleForm of(ExamTitlePage page) {
        return new ExamTitleForm(page.title(), page.sections().stream().map(ExamTitlePage.Section::id).toList(),
                page.sections().stream().map(s -> s.title() == null ? "" : s.title()).toList(), page.version());
    }

    /** Section id to the title typed for it; a title without its id (or the other way round) is left out. */
    Map<String, String> sections() {
        Map<String, String> byId = new LinkedHashMap<>();
        List<String> ids = section == null ? List.of() : section;
        List<String> titles = sectionTitle == null ? List.of() : sectionTitle;
        for (int i = 0; i < Math.min(ids.size(), titles.size()); i++) {
            byId.put(ids.get(i), titles.get(i));
        }
        return byId;
    }

    /** The title typed for the section, for showing it again. */
    public String titleOf(String sectionId) {
        String typed = sections().get(sectionId);
        return typed == null ? "" : typed;
    }

    /** The same values with the version now stored (a second save replaces it knowingly). */
    ExamTitleForm withVersion(String stored) {
        return new ExamTitleForm(title, section, sectionTitle, stored);
    }
}
