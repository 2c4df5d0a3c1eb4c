package io.partneracademy.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The size every request body is held to unless an {@link UploadRoute} takes more.
 *
 * @param maxRequestSize largest request body (by its Content-Length) of an ordinary route; the server's own
 *                       {@code micronaut.server.max-request-size} is only the ceiling for the large upload routes
 */
@ConfigurationProperties("partneracademy.web")
record RequestSizeSettings(@Bindable(defaultValue = "10485760") long maxRequestSize) {
}
