package io.partneracademy.labs;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.partneracademy.files.FileDownloads;
import jakarta.inject.Singleton;

/** Sends a stored artifact as an attachment (whole or a byte range), with the type we detected and a harmless name. */
@Singleton
class Downloads {

    private final FileDownloads files;

    Downloads(FileDownloads files) {
        this.files = files;
    }

    HttpResponse<?> send(Submission submission, HttpRequest<?> request) {
        if (!submission.hasFile() || !ArtifactStore.isKey(submission.storageKey())) {
            throw new SubmissionNotFoundException();
        }
        return files.send(submission.storageKey(), submission.contentType(), submission.fileName(),
                        request.getHeaders().get(HttpHeaders.RANGE), request.getHeaders().get(HttpHeaders.IF_RANGE))
                .orElseThrow(SubmissionNotFoundException::new);
    }
}
