package io.partneracademy.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body refused for its size is answered so that every client reads the answer: a client that sends its whole body
 * before reading (as a browser with scripts off does) gets the 413 page, never a reset connection, every time; a
 * client that waits for {@code 100 Continue} gets the 413 without sending its body at all.
 */
@MicronautTest(transactional = false)
class RefusedBodyAnswerTest extends DatabaseTest {

    private static final int ELEVEN_MB = 11 * 1024 * 1024;
    private static final int TRIES = 12;
    private static final String REFUSAL = "The request is larger than 10 MB; nothing was kept.";

    @Inject
    EmbeddedServer server;

    @Test
    void aClientThatSendsItsWholeElevenMegabyteBodyBeforeReadingGetsThe413PageEveryTime() throws IOException {
        for (int i = 0; i < TRIES; i++) {
            String head = "POST /verify/pdf HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + ELEVEN_MB + "\r\n\r\n";

            String answer = sendWholeThenRead(head, body(ELEVEN_MB));

            assertThat(answer).as("try %d", i + 1).startsWith("HTTP/1.1 413").contains(REFUSAL);
        }
    }

    @Test
    void javasHttpClientGetsThe413ForAnElevenMegabyteUploadEveryTime() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < TRIES; i++) {
            HttpRequest request = HttpRequest.newBuilder(server.getURI().resolve("/verify/pdf"))
                    .header("Content-Type", "multipart/form-data; boundary=xyz")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body(ELEVEN_MB)))
                    .build();

            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as("try %d", i + 1).isEqualTo(413);
            assertThat(response.body()).contains(REFUSAL);
        }
    }

    @Test
    void aClientThatWaitsForContinueGetsThe413WithoutSendingItsBody() throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /verify/pdf HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nExpect: 100-continue\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nContent-Length: " + ELEVEN_MB + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));

            String answer = readToEnd(socket.getInputStream());

            assertThat(answer).startsWith("HTTP/1.1 413").contains(REFUSAL).doesNotContain("100 Continue");
        }
    }

    @Test
    void aMultipartBodyWithoutItsLengthIsAnswered411AfterTheClientSentItEveryTime() throws IOException {
        byte[] chunk = body(256 * 1024);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int c = 0; c < 44; c++) {
            chunked.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.writeBytes(chunk);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < TRIES; i++) {
            String head = "POST /verify/pdf HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n\r\n";

            String answer = sendWholeThenRead(head, chunked.toByteArray());

            assertThat(answer).as("try %d", i + 1).startsWith("HTTP/1.1 411");
        }
    }

    /** Writes the head and the whole body, as a browser does, and only then reads the answer to its end. */
    private String sendWholeThenRead(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                for (int at = 0; at < body.length; at += 64 * 1024) {
                    out.write(body, at, Math.min(64 * 1024, body.length - at));
                }
                out.flush();
            } catch (IOException e) {
                throw new AssertionError("the server stopped reading before the body was sent: " + e, e);
            }
            try {
                return readToEnd(socket.getInputStream());
            } catch (IOException e) {
                throw new AssertionError("the server reset the connection instead of answering: " + e, e);
            }
        }
    }

    private static String readToEnd(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                received.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException stillOpen) {
            // The answer is complete; the connection was kept open.
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Bytes that are not all the same, like a file's. */
    private static byte[] body(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
