package io.partneracademy.webhooks;

import io.partneracademy.web.DestinationRefusedException;
import io.partneracademy.web.OutboundAddresses;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses webhook destinations inside our own network (SSRF): a URL must be http(s), and every address its host
 * resolves to must be public, unless the host or address is on the allow-list ({@link OutboundAddresses}). Checked
 * when a subscription is made, so its owner hears at once; deliveries are checked again by the sender on the very
 * addresses it connects to.
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
        try {
            OutboundAddresses.resolve(uri.getHost(), settings.allowedHosts(), InetAddress::getAllByName);
        } catch (DestinationRefusedException e) {
            throw refused(e);
        }
        return uri;
    }

    /** The webhook page's message for a refusal found by the guard or by the sender. */
    static WebhookDestinationRefusedException refused(DestinationRefusedException e) {
        return switch (e.reason()) {
            case INVALID -> new WebhookDestinationRefusedException("webhooks.url-invalid", e.host());
            case UNRESOLVED -> new WebhookDestinationRefusedException("webhooks.url-unresolved", e.host());
            case INTERNAL -> new WebhookDestinationRefusedException("webhooks.url-internal", e.host(), e.address());
        };
    }
}
