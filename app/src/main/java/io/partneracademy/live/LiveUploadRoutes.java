package io.partneracademy.live;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.partneracademy.web.UploadRoute;
import jakarta.inject.Singleton;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session upload routes take bodies up to their own limits ({@code partneracademy.live.material-max-bytes},
 * {@code recording-max-bytes}) instead of the server's usual 10 MB; the file itself is held to the exact limit while
 * it streams ({@link SessionUploads}), this only lets the request through.
 */
@Singleton
class LiveUploadRoutes implements UploadRoute {

    /** Room for the multipart boundaries, part headers and the CSRF field around the file. */
    static final long FRAMING_BYTES = 64 * 1024;

    private static final Pattern UPLOAD = Pattern.compile(
            "^" + LiveController.PATH + "/\\d+/files/(material|recording|\\d+/replace)$");

    private final LiveSettings settings;

    LiveUploadRoutes(LiveSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean matches(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && UPLOAD.matcher(request.getPath()).matches();
    }

    @Override
    public OptionalLong maxRequestBytes(HttpRequest<?> request) {
        Matcher matcher = UPLOAD.matcher(request.getPath());
        if (!matcher.matches()) {
            return OptionalLong.empty();
        }
        // A replacement's kind is only known from its row; it may be as large as the larger of the two.
        long file = switch (matcher.group(1)) {
            case "material" -> settings.materialMaxBytes();
            case "recording" -> settings.recordingMaxBytes();
            default -> Math.max(settings.materialMaxBytes(), settings.recordingMaxBytes());
        };
        return OptionalLong.of(file + FRAMING_BYTES);
    }
}
