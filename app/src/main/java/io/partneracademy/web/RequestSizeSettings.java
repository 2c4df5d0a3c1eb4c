package io.partneracademy.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The size every request body is held to unless an {@link UploadRoute} takes more.
 *
 * @param maxRequestSize      largest request body (by its Content-Length) of an ordinary route; the server's own
 *                            {@code micronaut.server.max-request-size} is only the ceiling for the large upload routes
 * @param maxDiscardedBytes   how far past its route's limit a refused body is still read (and dropped) before the
 *                            answer, so that a client that sends its whole body before reading, as browsers do, gets
 *                            the answer instead of a reset connection; a larger body is answered at once
 */
@ConfigurationProperties("partneracademy.web")
record RequestSizeSettings(@Bindable(defaultValue = "10485760") long maxRequestSize,
                           @Bindable(defaultValue = "67108864") long maxDiscardedBytes) {
}
