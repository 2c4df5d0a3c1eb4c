package io.partneracademy.labs;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.partneracademy.web.UploadRoute;
import jakarta.inject.Singleton;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The artifact upload streams to the file store and holds the file to its task's limit as it reads, so it may take a
 * multipart body without a Content-Length (as scripts send one); its body stays within the usual request limit.
 */
@Singleton
class LabUploadRoutes implements UploadRoute {

    private static final Pattern ARTIFACT = Pattern.compile("^" + LabController.PATH + "/[^/]+/tasks/[^/]+/artifact$");

    @Override
    public boolean matches(HttpRequest<?> request) {
        return request.getMethod() == HttpMethod.POST && ARTIFACT.matcher(request.getPath()).matches();
    }

    @Override
    public OptionalLong maxRequestBytes(HttpRequest<?> request) {
        return OptionalLong.empty();
    }
}
