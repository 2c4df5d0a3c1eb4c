package io.partneracademy.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The address a request came from: the socket's peer, unless that peer is one of the configured trusted proxies
 * ({@code partneracademy.trusted-proxies}, none by default), in which case the right-most address in
 * {@code Forwarded} or {@code X-Forwarded-For} that is not itself a trusted proxy. Anything else a client writes
 * into those headers is ignored, so it can neither hide nor borrow an address (sign-in throttling, rate limits).
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class ClientAddress implements HttpClientAddressResolver {

    /** An IPv6 literal has at most 45 characters; anything longer is not an address. */
    private static final int MAX_LITERAL = 45;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*(%[0-9A-Za-z]{1,16})?");
    private static final String UNKNOWN = "unknown";

    private final Set<String> trustedProxies;

    ClientAddress(@Value("${partneracademy.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(p -> literal(p).orElseThrow(() -> new io.micronaut.context.exceptions.ConfigurationException(
                        "partneracademy.trusted-proxies: '" + p + "' is not an IP address")))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String resolve(HttpRequest request) {
        String peer = peer(request.getRemoteAddress());
        if (!trustedProxies.contains(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor(request);
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return peer;
            }
            if (!trustedProxies.contains(hop.get())) {
                return hop.get();
            }
        }
        return peer;
    }

    /**
     * True when the browser talked HTTPS: to this server directly, or to a trusted proxy that says so in
     * {@code X-Forwarded-Proto} or {@code Forwarded: proto=}.
     */
    public boolean cameOverHttps(HttpRequest<?> request) {
        if (request.isSecure()) {
            return true;
        }
        if (!trustedProxies.contains(peer(request.getRemoteAddress()))) {
            return false;
        }
        String forwarded = request.getHeaders().get("Forwarded");
        if (forwarded != null) {
            String last = forwarded.substring(forwarded.lastIndexOf(',') + 1);
            return java.util.Arrays.stream(last.split(";")).map(String::strip)
                    .anyMatch(p -> p.equalsIgnoreCase("proto=https") || p.equalsIgnoreCase("proto=\"https\""));
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        return proto != null && proto.substring(proto.lastIndexOf(',') + 1).strip().equalsIgnoreCase("https");
    }

    private static String peer(@Nullable InetSocketAddress address) {
        if (address == null || address.getAddress() == null) {
            return UNKNOWN;
        }
        return address.getAddress().getHostAddress();
    }

    /** The hops in order, from {@code Forwarded} (RFC 7239 "for=") when present, else {@code X-Forwarded-For}. */
    private static List<String> forwardedFor(HttpRequest<?> request) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = request.getHeaders().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String value : forwarded) {
                for (String element : value.split(",")) {
                    hops.add(forParameter(element));
                }
            }
            return hops;
        }
        for (String value : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String hop : value.split(",")) {
                hops.add(hop.strip());
            }
        }
        return hops;
    }

    private static String forParameter(String element) {
        for (String pair : element.split(";")) {
            String[] kv = pair.strip().split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("for")) {
                String value = kv[1].strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (value.startsWith("[") && value.indexOf(']') > 0) {
                    return value.substring(1, value.indexOf(']'));
                }
                int colon = value.indexOf(':');
                return colon > 0 && value.indexOf(':', colon + 1) < 0 ? value.substring(0, colon) : value;
            }
        }
        return "";
    }

    /**
     * The normalised form of an IP literal, or empty for anything else; never a DNS look-up, because only strings
     * that are already address literals reach {@link InetAddress#getByName}.
     */
    static Optional<String> literal(String candidate) {
        String s = candidate.strip();
        boolean v4 = IPV4.matcher(s).matches();
        if (s.isEmpty() || s.length() > MAX_LITERAL || !(v4 || IPV6.matcher(s).matches())) {
            return Optional.empty();
        }
        // A dotted quad with an octet over 255 is not a literal, and getByName would look it up as a host name.
        if (v4 && java.util.Arrays.stream(s.split("\\.")).anyMatch(octet -> Integer.parseInt(octet) > 255)) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(s).getHostAddress().toLowerCase(Locale.ROOT));
        } catch (UnknownHostException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
