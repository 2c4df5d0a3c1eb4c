package io.partneracademy.web;

import io.micronaut.http.HttpRequest;

import java.util.OptionalLong;

/**
 * A route whose uploads may be larger than every other request (a session's recording): the feature that owns it says
 * which requests it takes and how large their body may be; {@link RequestSizeFilter} keeps every other request at the
 * usual limit.
 */
public interface LargeUploadRoute {

    /** The largest body, multipart framing included, this route accepts for the request; empty when not its route. */
    OptionalLong maxRequestBytes(HttpRequest<?> request);
}
