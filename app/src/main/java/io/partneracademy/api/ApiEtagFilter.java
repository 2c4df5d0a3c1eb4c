package io.partneracademy.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong ETags on every successful API read, from the SHA-256 of the JSON answer; a request whose
 * {@code If-None-Match} names the current tag gets 304 without the body, so a polling integration saves bandwidth.
 */
@ServerFilter(ApiPaths.V1 + "/**")
class ApiEtagFilter {

    private final JsonMapper json;

    ApiEtagFilter(JsonMapper json) {
        this.json = json;
    }

    @ResponseFilter
    MutableHttpResponse<?> tag(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.getStatus() != HttpStatus.OK
                || response.getBody().isEmpty()) {
            return response;
        }
        String etag;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(response.getBody().get()));
            etag = "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (IOException | NoSuchAlgorithmException e) {
            return response;
        }
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return response.status(HttpStatus.NOT_MODIFIED).body(null).header(HttpHeaders.ETAG, etag);
        }
        return response.header(HttpHeaders.ETAG, etag);
    }
}
