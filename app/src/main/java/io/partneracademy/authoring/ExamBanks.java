package io.partneracademy.authoring;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.content.ContentSettings;
import io.partneracademy.exams.ExamNotFoundException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports an uploaded question bank into an exam folder under exams/: a {@code .zip} as a QTI 3.0 package, anything
 * else as GIFT. The bank is written only when the whole file imports and the exam with it passes every rule.
 */
@Singleton
class ExamBanks {

    private final ContentSettings settings;

    ExamBanks(ContentSettings settings) {
        this.settings = settings;
    }

    /** The folder of exam {@code id}; a not-found error when there is no such exam. */
    Path examDir(String id) {
        Path dir = settings.examsDir().resolve(Slugs.valid(id) ? id : "-");
        if (!Slugs.valid(id) || !Files.isRegularFile(dir.resolve("exam.yaml"))) {
            throw new ExamNotFoundException(id);
        }
        return dir;
    }

    /** The exam's blueprint sections, for the default section of an import. */
    List<String> sections(String id) {
        return GiftImport.sections(examDir(id), id);
    }

    /** Imports the uploaded file and gives the written bank's path inside exams/. */
    String importFile(String id, String fileName, byte[] bytes, @Nullable String section) {
        Path exam = examDir(id);
        String name = safeName(fileName);
        Path bank;
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            bank = QtiImport.importInto(name, bytes, exam, section);
        } else {
            Path dir = null;
            try {
                dir = Files.createTempDirectory("gift-upload");
                Path gift = Files.write(dir.resolve(name), bytes);
                bank = GiftImport.importInto(gift, exam, section);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                delete(dir);
            }
        }
        return settings.examsDir().relativize(bank).toString();
    }

    /** The upload's base name with nothing but letters, digits, dots, dashes and underscores. */
    static String safeName(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "-");
        return base.isBlank() || base.startsWith(".") ? "upload" + base : base;
    }

    private static void delete(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
