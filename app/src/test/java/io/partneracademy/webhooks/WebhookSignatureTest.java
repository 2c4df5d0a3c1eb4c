package io.partneracademy.webhooks;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing against the Standard Webhooks specification's own test vector, and the SSRF rule on addresses.
 * The vector (key, message id, timestamp, payload, expected signature) is copied from the reference libraries'
 * tests, standard-webhooks/standard-webhooks, libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java
 * (verifyWebhookSignWorks; MIT licence).
 */
class WebhookSignatureTest {

    @Test
    void signingReproducesTheSpecificationsTestVector() {
        String signature = WebhookSignature.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aSecretWorksWithOrWithoutItsPrefix() {
        assertThat(WebhookSignature.sign("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}")).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void newSecretsAndMessageIdsHaveTheSpecifiedShape() {
        String secret = WebhookSignature.newSecret();

        assertThat(secret).startsWith("whsec_");
        assertThat(java.util.Base64.getDecoder().decode(secret.substring(6))).hasSize(24);
        assertThat(WebhookSignature.newMessageId()).startsWith("msg_").isNotEqualTo(WebhookSignature.newMessageId());
    }

    @Test
    void privateLoopbackLinkLocalAndMappedAddressesCountAsInternal() throws Exception {
        for (String internal : new String[]{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1"}) {
            assertThat(io.partneracademy.web.OutboundAddresses.internal(InetAddress.getByName(internal))).as(internal).isTrue();
        }
        for (String external : new String[]{"93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"}) {
            assertThat(io.partneracademy.web.OutboundAddresses.internal(InetAddress.getByName(external))).as(external).isFalse();
        }
    }
}
