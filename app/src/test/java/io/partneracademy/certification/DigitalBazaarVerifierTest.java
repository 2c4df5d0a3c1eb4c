package io.partneracademy.certification;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import io.partneracademy.support.Learning;
import io.partneracademy.support.ProjectDir;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Digital Bazaar's Data Integrity verifier (jsonld-signatures, data-integrity, eddsa-rdfc-2022-cryptosuite, run with
 * node from test-tools/digitalbazaar-verify, offline with our bundled contexts and the DID document we serve) accepts
 * a badge downloaded from the app and our status list, and rejects an edited badge. It runs in JSON-LD safe mode, so
 * any term or type our contexts do not define fails it: the check that found the undefined credentialSchema type.
 * Skipped where {@code node} is missing, unless {@code PA_NODE_TESTS=required} (as in CI), which makes it fail.
 */
@MicronautTest(transactional = false)
class DigitalBazaarVerifierTest extends DatabaseTest {

    private static final Path TOOL = ProjectDir.get().resolve("test-tools/digitalbazaar-verify");

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;
    @Inject
    Learning learning;
    @Inject
    CertificationRepository certifications;

    @Test
    void digitalBazaarsVerifierAcceptsOurBadgeAndStatusListAndRejectsAnEditedBadge() throws Exception {
        Path node = nodeOrSkip();
        installTool();
        learning.importCertifiableBasics();
        UserSummary user = fixtures.user("Dana Bazaar", Role.LEARNER);
        learning.completeBasics(Learning.learner(user));
        String credentialId = certifications.findByUserIdOrderByIssuedAtDesc(user.id()).get(0).credentialId();
        Browser holder = new Browser(server.getURI());
        holder.login(user.email(), Fixtures.PASSWORD);
        String badge = holder.getJson("/certifications/" + credentialId + "/badge.json").body();
        Browser anyone = new Browser(server.getURI());
        JsonObject parsed = CertificateDocumentsTest.jsonObject(badge);
        String edited = Json.createObjectBuilder(parsed).add("name", parsed.getString("name") + " (edited)").build().toString();
        Path dir = Files.createTempDirectory("pa-dbv-");
        Files.writeString(dir.resolve("did.json"), anyone.getJson("/.well-known/did.json").body());
        Files.writeString(dir.resolve("badge.json"), badge);
        Files.writeString(dir.resolve("list.json"), anyone.getJson(StatusList.PATH).body());
        Files.writeString(dir.resolve("edited.json"), edited);

        List<String> command = new ArrayList<>(List.of(node.toString(), TOOL.resolve("verify.mjs").toString(),
                dir.resolve("did.json").toString()));
        for (Map.Entry<String, String> context : BundledContexts.BADGE_CONTEXTS.entrySet()) {
            command.add(context.getKey() + "=" + resourceFile(context.getValue(), dir));
        }
        command.add("--");
        List.of("badge.json", "list.json", "edited.json").forEach(f -> command.add(dir.resolve(f).toString()));
        String output = run(command);

        assertThat(output).contains(dir.resolve("badge.json") + " verified=true",
                dir.resolve("list.json") + " verified=true", dir.resolve("edited.json") + " verified=false Invalid signature.");
    }

    /** Where node is, or the test is skipped (failed when required). */
    private static Path nodeOrSkip() {
        Optional<Path> node = onPath("node");
        if (node.isEmpty()) {
            String why = "node is not installed (Debian: apt-get install -y nodejs npm)";
            if ("required".equalsIgnoreCase(System.getenv("PA_NODE_TESTS"))) {
                throw new IllegalStateException("Digital Bazaar's verifier is required (PA_NODE_TESTS=required) but " + why);
            }
            Assumptions.abort("Digital Bazaar verifier test skipped: " + why);
        }
        return node.get();
    }

    /** {@code npm ci} from the committed lock file, when node_modules is missing (CI runs it before Maven). */
    private static void installTool() throws Exception {
        if (Files.isDirectory(TOOL.resolve("node_modules/jsonld-signatures"))) {
            return;
        }
        Path npm = onPath("npm").orElseThrow(() -> new IllegalStateException("node is installed but npm is not"));
        run(List.of(npm.toString(), "ci", "--ignore-scripts", "--no-audit", "--no-fund"));
    }

    private static String run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).directory(TOOL.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s still running", command).isTrue();
        assertThat(process.exitValue()).as("%s said:%n%s", command, output).isZero();
        return output;
    }

    private static Optional<Path> onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The bundled context as the app reads it (from the classpath), written to a file for node. */
    private static Path resourceFile(String resource, Path dir) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = DigitalBazaarVerifierTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, file);
        }
        return file;
    }
}
