package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.accounts.Role;
import io.partneracademy.accounts.UserSummary;
import io.partneracademy.support.Browser;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.Fixtures;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload over the server's limit is answered 413 and the connection closed, so a client that is still sending
 * stops at once instead of waiting for its own timeout (issue 15).
 */
@MicronautTest(transactional = false)
class OversizeUploadTest extends DatabaseTest {

    private static final int ELEVEN_MB = 11 * 1024 * 1024;

    @Inject
    EmbeddedServer server;
    @Inject
    Fixtures fixtures;

    @Test
    void anUploadOverTheLimitIsAnswered413AndTheConnectionClosed() throws IOException {
        UserSummary learner = fixtures.user("Ulla Upload", Role.LEARNER);
        Browser browser = new Browser(server.getURI());
        browser.login(learner.email(), Fixtures.PASSWORD);
        browser.get("/labs");

        long start = System.nanoTime();
        Exchange exchange = post("/labs/practice/tasks/design/artifact", browser, ELEVEN_MB);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(exchange.response()).startsWith("HTTP/1.1 413");
        assertThat(exchange.closedByServer()).as("connection closed by the server").isTrue();
        assertThat(elapsed).isLessThan(Duration.ofSeconds(10));
    }

    private record Exchange(String response, boolean closedByServer) {
    }

    /**
     * Sends the headers of a multipart upload of the given size and then its body slowly enough to notice the
     * answer, and reads until the server closes the connection or 10 s pass without it.
     */
    private Exchange post(String path, Browser browser, int size) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + size + "\r\n"
                    + "Accept: application/json\r\nX-CSRF-TOKEN: " + browser.csrfToken() + "\r\n"
                    + "Cookie: pa_session=" + browser.cookie("pa_session") + "; pa_csrf="
                    + browser.cookie("pa_csrf") + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] chunk = new byte[64 * 1024];
            int sent = 0;
            try {
                while (sent < size) {
                    out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    sent += chunk.length;
                    if (in.available() > 0) {
                        break;
                    }
                }
            } catch (SocketException closedWhileSending) {
                // The server closed the connection while the body was still coming: what we want.
            }
            try {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    received.write(chunk, 0, n);
                }
                return new Exchange(received.toString(StandardCharsets.ISO_8859_1), true);
            } catch (SocketTimeoutException stillOpen) {
                return new Exchange(received.toString(StandardCharsets.ISO_8859_1), false);
            } catch (SocketException reset) {
                return new Exchange(received.toString(StandardCharsets.ISO_8859_1), true);
            }
        }
    }
}
