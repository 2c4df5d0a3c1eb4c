package io.partneracademy.sso;

import io.partneracademy.support.Browser;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A sign-in as a browser without scripts makes it: our page with the email, on to the provider, and back. */
final class SsoJourney {

    final Browser browser;
    String authorization;
    Browser.Page callback;
    String callbackUrl;

    SsoJourney(URI base) {
        browser = new Browser(base);
    }

    /** Posts the email on our sign-in page and reads where the continue page leads. */
    SsoJourney start(String email, String next) {
        browser.get("/sso?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        Browser.Page started = browser.post("/sso", Map.of("email", email, "next", next));
        assertThat(started.status()).as("sent on to the provider").isEqualTo(200);
        authorization = started.html().selectFirst("#sso-continue").attr("href");
        return this;
    }

    /** Follows the link to the provider, which signs the scripted person in and redirects back. */
    SsoJourney atProvider() {
        Browser.Page provider = browser.get(authorization);
        assertThat(provider.status()).as("the provider sends the browser back").isEqualTo(302);
        callbackUrl = provider.location();
        return this;
    }

    /** Follows the provider's redirect to our callback. */
    Browser.Page back() {
        callback = browser.get(callbackUrl);
        return callback;
    }

    /** The decoded query parameters of a URL. */
    static Map<String, String> query(String url) {
        Map<String, String> values = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }
}
