package io.partneracademy.certification;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With PA_VERIFY_SERVES_CREDENTIAL=false (ADR 0022) the verify URL refuses linked data and keeps page and JSON. */
@MicronautTest(transactional = false)
@Property(name = "partneracademy.certification.serve-credential-at-verify-url", value = "false")
class VerifyWithoutCredentialTest extends DatabaseTest {

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    CertificationRepository certifications;

    @Test
    void askingForTheCredentialGets406WhileTheVerifyJsonStillAnswers() throws Exception {
        learning.importCertifiableBasics();
        UserSummary user = fixtures.user("Nia Private", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        String credentialId = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId();

        HttpResponse<String> ld = get(credentialId, "application/ld+json");
        HttpResponse<String> json = get(credentialId, "application/json");

        assertThat(ld.statusCode()).isEqualTo(406);
        assertThat(ld.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(ld.body()).contains("does not publish credentials at their verify address").doesNotContain("proofValue");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"status\":\"ACTIVE\"");
    }

    private HttpResponse<String> get(String credentialId, String accept) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURI() + "/verify/" + credentialId))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
