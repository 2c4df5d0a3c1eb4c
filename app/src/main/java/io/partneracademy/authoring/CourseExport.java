package io.partneracademy.authoring;

import io.partneracademy.catalog.CatalogPublisher;
import io.partneracademy.catalog.CourseSpec;
import io.partneracademy.quizzes.QuizPublisher;
import io.partneracademy.quizzes.QuizSpec;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Exports a published course in the content/ file format, as a zip to unpack into content/. */
@Singleton
public class CourseExport {

    private final CatalogPublisher publisher;
    private final QuizPublisher quizzes;

    CourseExport(CatalogPublisher publisher, QuizPublisher quizzes) {
        this.publisher = publisher;
        this.quizzes = quizzes;
    }

    /** A zip with {@code courses/<id>/course.yaml}, the lessons, the attachments and the practice quizzes. */
    public byte[] zip(String courseId) {
        CourseSpec spec = publisher.current(courseId).orElseThrow(() -> new DraftNotFoundException(courseId));
        Path root = DraftValidation.export(spec);
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes);
             Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new ZipEntry("courses/" + root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, zip);
                zip.closeEntry();
            }
            for (QuizSpec quiz : quizzes.published(courseId)) {
                zip.putNextEntry(new ZipEntry("courses/" + courseId + "/" + QuizYaml.fileName(quiz)));
                zip.write(QuizYaml.write(quiz).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DraftValidation.delete(root);
        }
    }
}
