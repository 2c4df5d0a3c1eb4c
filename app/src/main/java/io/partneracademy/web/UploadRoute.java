package io.partneracademy.web;

import io.micronaut.http.HttpRequest;

import java.util.OptionalLong;

/**
 * A route that streams its upload to storage and holds the file to its own limit while reading it (lab artifacts, a
 * session's recording): the feature that owns it says which requests are its uploads and, when it takes more than
 * every other request may carry, how large their body may be. {@link RequestSizeFilter} keeps every other request at
 * the usual limit and lets only these routes take a multipart body without a Content-Length.
 */
public interface UploadRoute {

    /** Whether the request is an upload to this route. */
    boolean matches(HttpRequest<?> request);

    /** The largest body, multipart framing included, the route takes; empty for the usual limit. */
    OptionalLong maxRequestBytes(HttpRequest<?> request);
}
