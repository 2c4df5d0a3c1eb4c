package io.partneracademy.authoring;

import java.util.List;

/**
 * The state of each question translation of an exam for its authors: per language, every question of the current
 * version is missing, current (made from the question as it is now) or outdated (made from an earlier version of it),
 * and so is the translation of the exam's title and section titles.
 */
record ExamTranslationStates(String examId, String title, String sourceLanguage, List<String> languages,
                             Titles titles, List<Row> rows) {

    /** The exam's title and section titles ({@code exam.<lang>.yaml}): their source fingerprint and a state per language. */
    record Titles(String fingerprint, List<TranslationStates.State> states) {
    }

    /** One question: its section, the start of its stem, its source fingerprint and a state per language. */
    record Row(String id, String section, String stem, String fingerprint, List<TranslationStates.State> states) {
    }
}
