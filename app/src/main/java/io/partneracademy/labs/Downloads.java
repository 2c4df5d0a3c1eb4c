package io.partneracademy.labs;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.SystemFile;
import jakarta.inject.Singleton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a stored artifact as an attachment, with the type we detected and a harmless file name. */
@Singleton
class Downloads {

    private final ArtifactStore store;

    Downloads(ArtifactStore store) {
        this.store = store;
    }

    HttpResponse<?> send(Submission submission) {
        if (!submission.hasFile()) {
            throw new SubmissionNotFoundException();
        }
        var file = store.open(submission.storageKey()).orElseThrow(SubmissionNotFoundException::new);
        String name = submission.fileName();
        String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(new SystemFile(file.toFile(), MediaType.of(submission.contentType())))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff");
    }
}
