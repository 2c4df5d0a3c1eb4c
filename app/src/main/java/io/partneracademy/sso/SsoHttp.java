package io.partneracademy.sso;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.oauth2.sdk.http.HTTPRequestSender;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPRequest;
import com.nimbusds.oauth2.sdk.http.ReadOnlyHTTPResponse;
import io.partneracademy.web.OutboundHttp;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Every call to an identity provider (discovery, keys, token, userinfo) goes through the same SSRF filter as
 * webhooks ({@link OutboundHttp}): an issuer an admin typed cannot make the server call an internal address, unless
 * {@code partneracademy.sso.allowed-hosts} lists it (an on-premises Keycloak, the tests' local provider).
 */
@Singleton
class SsoHttp implements HTTPRequestSender, ResourceRetriever {

    /** Discovery documents and key sets are small; a larger answer is cut and fails to parse. */
    static final int MAX_BODY = 512 * 1024;

    private final OutboundHttp http;

    SsoHttp(SsoSettings settings) {
        this.http = new OutboundHttp(settings.allowedHosts(), Duration.ofMillis(Discovery.CONNECT_TIMEOUT_MS),
                Duration.ofMillis(Discovery.READ_TIMEOUT_MS), MAX_BODY, InetAddress::getAllByName);
    }

    /** A GET answered with 200, as text; else an {@link IOException} saying the status. */
    String get(URI uri) throws IOException {
        OutboundHttp.Response response = http.send(new OutboundHttp.Request("GET", uri,
                Map.of("Accept", "application/json"), null));
        if (response.status() != 200) {
            throw new IOException("GET " + uri + " answered " + response.status());
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Nimbus' token and userinfo requests. */
    @Override
    public ReadOnlyHTTPResponse send(ReadOnlyHTTPRequest request) throws IOException {
        Map<String, String> headers = new HashMap<>();
        request.getHeaderMap().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        String body = request.getBody();
        OutboundHttp.Response answer = http.send(new OutboundHttp.Request(request.getMethod().name(),
                request.getURI(), headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
        HTTPResponse response = new HTTPResponse(answer.status());
        answer.headers().forEach((name, values) -> response.setHeader(name, values.toArray(String[]::new)));
        response.setBody(new String(answer.body(), StandardCharsets.UTF_8));
        return response;
    }

    /** Nimbus' JWKS fetches. */
    @Override
    public Resource retrieveResource(URL url) throws IOException {
        try {
            URI uri = url.toURI();
            OutboundHttp.Response response = http.send(new OutboundHttp.Request("GET", uri,
                    Map.of("Accept", "application/json"), null));
            if (response.status() != 200) {
                throw new IOException("GET " + uri + " answered " + response.status());
            }
            return new Resource(new String(response.body(), StandardCharsets.UTF_8), response.header("content-type"));
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        http.close();
    }
}
