package io.partneracademy.webhooks;

import jakarta.inject.Singleton;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Refuses webhook destinations inside our own network (SSRF): a URL must be http(s), and every address its host
 * resolves to must be public, unless the host or address is on the allow-list. Checked when a subscription is
 * made and again before every delivery, after DNS resolution, so a name that later points inside is refused too.
 */
@Singleton
class DestinationGuard {

    private final WebhookSettings settings;

    DestinationGuard(WebhookSettings settings) {
        this.settings = settings;
    }

    /** Returns the URI when it may be called; throws {@link WebhookDestinationRefusedException} otherwise. */
    URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new WebhookDestinationRefusedException("webhooks.url-invalid", url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new WebhookDestinationRefusedException("webhooks.url-invalid", url);
        }
        String host = uri.getHost();
        if (allowed(host)) {
            return uri;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new WebhookDestinationRefusedException("webhooks.url-unresolved", host);
        }
        for (InetAddress address : addresses) {
            if (internal(address) && !allowed(address.getHostAddress())) {
                throw new WebhookDestinationRefusedException("webhooks.url-internal", host, address.getHostAddress());
            }
        }
        return uri;
    }

    private boolean allowed(String hostOrAddress) {
        String bare = hostOrAddress.startsWith("[") ? hostOrAddress.substring(1, hostOrAddress.length() - 1)
                : hostOrAddress;
        return settings.allowedHosts().stream().anyMatch(a -> a.equalsIgnoreCase(bare));
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses; IPv4-mapped addresses are judged as the IPv4 address they carry
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        // 0.0.0.0/8, carrier-grade NAT 100.64.0.0/10, benchmarking 198.18.0.0/15, reserved 240.0.0.0/4
        return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 198 && (second & 0xfe) == 18)
                || first >= 240;
    }
}
