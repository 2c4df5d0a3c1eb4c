package io.partneracademy.accounts;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A client that signs in the way a hostile one would: any extra headers, and a form body written byte for byte
 * (so a {@code next} can hold a raw tab or a space decoded from {@code %20}).
 *
 * <p>It speaks HTTP/1.1 over a plain socket so that it can connect <em>from</em> a loopback address of the test's
 * choice ({@code 127.0.0.N}): the throttle counts per address, and a test with its own address starts with an empty
 * window whatever other tests failed before it.
 */
final class SignInClient {

    private static final int TIMEOUT_MILLIS = 30_000;

    private final URI base;
    private final InetAddress from;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken = "";

    /** A client connecting from 127.0.0.1. */
    SignInClient(URI base) {
        this(base, "127.0.0.1");
    }

    /** A client connecting from {@code loopbackAddress}, one of 127.0.0.0/8. */
    SignInClient(URI base, String loopbackAddress) {
        this.base = base;
        try {
            this.from = InetAddress.getByName(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status, headers and text of one answer. */
    record Reply(int statusCode, HttpHeaders headers, String body) {
    }

    /** Opens the login page (cookies and CSRF token), as every sign-in starts. */
    SignInClient open() {
        Reply page = get("/login");
        Element token = Jsoup.parse(page.body()).selectFirst("input[name=csrfToken]");
        csrfToken = token == null ? "" : token.attr("value");
        return this;
    }

    /** Posts email and password (URL-encoded here), then {@code rawTail} appended to the body as it is. */
    Reply signIn(String email, String password, String rawTail, String... headers) {
        String body = "csrfToken=" + encode(csrfToken) + "&email=" + encode(email) + "&password=" + encode(password)
                + rawTail;
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/x-www-form-urlencoded"));
        all.addAll(List.of(headers));
        return send("POST", "/login", body.getBytes(StandardCharsets.UTF_8), all);
    }

    Reply get(String path) {
        return send("GET", path, new byte[0], List.of());
    }

    private Reply send(String method, String path, byte[] body, List<String> headers) {
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()), TIMEOUT_MILLIS);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n")
                    .append("Host: ").append(base.getAuthority()).append("\r\n")
                    .append("Accept: text/html\r\nConnection: close\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
            if (!cookies.isEmpty()) {
                head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList())).append("\r\n");
            }
            for (int i = 0; i < headers.size(); i += 2) {
                head.append(headers.get(i)).append(": ").append(headers.get(i + 1)).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply read(InputStream in) throws IOException {
        String[] statusLine = line(in).split(" ", 3);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>())
                    .add(line.substring(colon + 1).strip());
        }
        for (String cookie : headers.getOrDefault("Set-Cookie", List.of())) {
            String pair = cookie.split(";", 2)[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        byte[] body = headers.getOrDefault("Transfer-Encoding", List.of()).contains("chunked") ? chunked(in)
                : headers.containsKey("Content-Length")
                ? in.readNBytes(Integer.parseInt(headers.get("Content-Length").get(0))) : in.readAllBytes();
        return new Reply(Integer.parseInt(statusLine[1]), HttpHeaders.of(headers, (k, v) -> true),
                new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
             size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
            body.write(in.readNBytes(size));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed in the middle of a line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
