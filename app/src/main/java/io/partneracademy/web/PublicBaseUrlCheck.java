package io.partneracademy.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;

/**
 * Says loudly at start when the public base URL (PA_PUBLIC_BASE_URL) is not set or points at another port than the
 * one this server listens on: verify links, QR codes, badge ids and invitation mails would then be dead.
 */
@Singleton
class PublicBaseUrlCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PublicBaseUrlCheck.class);

    private final String baseUrl;

    PublicBaseUrlCheck(@Value("${partneracademy.public-base-url}") String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        int port = event.getSource().getPort();
        URI configured = URI.create(baseUrl);
        boolean local = "localhost".equals(configured.getHost()) || "127.0.0.1".equals(configured.getHost());
        int configuredPort = configured.getPort() == -1 ? ("https".equals(configured.getScheme()) ? 443 : 80)
                : configured.getPort();
        if (local && configuredPort != port) {
            LOG.error("PA_PUBLIC_BASE_URL is {} but this server listens on port {}: every verify link, QR code, badge id "
                    + "and invitation link it writes will be dead. Set PA_PUBLIC_BASE_URL to the address people use.",
                    baseUrl, port);
        } else if (local && System.getenv("PA_PUBLIC_BASE_URL") == null) {
            LOG.warn("PA_PUBLIC_BASE_URL is not set: certificates, badges and mails link to {}, which only this machine "
                    + "reaches. Set PA_PUBLIC_BASE_URL to the address people use (e.g. https://academy.example.com).", baseUrl);
        }
    }
}
