package io.partneracademy.web;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * HTTP calls to URLs that others chose (webhook receivers, identity providers), safe against SSRF and DNS
 * rebinding: the host is looked up once per connection, every address is checked ({@link OutboundAddresses}) and
 * the socket connects to exactly those checked addresses, while the Host header, TLS SNI and the certificate check
 * keep the host name. No redirects are followed (one could lead inside), no cookies kept, answers cut short.
 */
public final class OutboundHttp implements AutoCloseable {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    /** A request: method, absolute http(s) URL, headers and an optional body. */
    public record Request(String method, URI uri, Map<String, String> headers, byte[] body) {
    }

    /** An answer: status, headers (names in lower case) and at most the client's limit of body bytes. */
    public record Response(int status, Map<String, List<String>> headers, byte[] body) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final Collection<String> allowed;
    private final OutboundAddresses.Lookup lookup;
    private final int maxBodyBytes;
    private final CloseableHttpClient client;

    /**
     * A client that refuses internal addresses unless listed in {@code allowed}.
     *
     * @param maxBodyBytes bytes of an answer kept; the rest is not read
     */
    public OutboundHttp(Collection<String> allowed, Duration connectTimeout, Duration readTimeout, int maxBodyBytes,
                        OutboundAddresses.Lookup lookup) {
        this.allowed = List.copyOf(allowed);
        this.lookup = lookup;
        this.maxBodyBytes = maxBodyBytes;
        DnsResolver checked = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                try {
                    return OutboundAddresses.resolve(host, OutboundHttp.this.allowed, OutboundHttp.this.lookup);
                } catch (DestinationRefusedException e) {
                    throw new Refused(e);
                }
            }

            @Override
            public String resolveCanonicalHostname(String host) {
                return host;
            }
        };
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(checked)
                        .setMaxConnTotal(64).setMaxConnPerRoute(8)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(connectTimeout))
                                .setSocketTimeout(Timeout.of(readTimeout)).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(readTimeout))
                        .setRedirectsEnabled(false).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .disableAuthCaching().disableContentCompression()
                .build();
    }

    /**
     * Sends the request; throws {@link DestinationRefusedException} when the URL is not http(s) or its host is
     * internal (nothing is sent then), {@link IOException} when the call fails.
     */
    public Response send(Request request) throws IOException {
        URI uri = request.uri();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                || uri.getRawUserInfo() != null) {
            throw new DestinationRefusedException(DestinationRefusedException.Reason.INVALID, String.valueOf(uri), null);
        }
        String host = uri.getHost();
        if (IP_LITERAL.matcher(host).matches()) {
            // an address in the URL is never looked up, so the resolver would not see it
            OutboundAddresses.resolve(host, allowed, InetAddress::getAllByName);
        }
        HttpUriRequestBase http = new HttpUriRequestBase(request.method(), uri);
        request.headers().forEach(http::setHeader);
        if (request.body() != null) {
            http.setEntity(new ByteArrayEntity(request.body(), null));
        }
        try (ClassicHttpResponse response = client.executeOpen(null, http, null)) {
            Map<String, List<String>> headers = new TreeMap<>();
            for (Header header : response.getHeaders()) {
                headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(header.getValue());
            }
            byte[] body = new byte[0];
            if (response.getEntity() != null) {
                try (InputStream in = response.getEntity().getContent()) {
                    body = in.readNBytes(maxBodyBytes);
                }
            }
            return new Response(response.getCode(), headers, body);
        } catch (Refused e) {
            throw e.refusal;
        } catch (IOException e) {
            Refused refused = refusedIn(e);
            if (refused != null) {
                throw refused.refusal;
            }
            throw e;
        }
    }

    private static Refused refusedIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof Refused r) {
                    return r;
                }
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Carries a refusal through the client, which only passes on I/O exceptions from its resolver. */
    private static final class Refused extends UnknownHostException {
        private final transient DestinationRefusedException refusal;

        Refused(DestinationRefusedException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }
}
