package io.partneracademy.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Closes the connection after a 413: the server answers an oversized upload before reading it, and a client still
 * sending the rest would otherwise wait on an open connection until its own timeout instead of seeing the answer.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class TooLargeFilter {

    @ResponseFilter
    void closeAfterTooLarge(MutableHttpResponse<?> response) {
        if (response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE) {
            response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        }
    }
}
