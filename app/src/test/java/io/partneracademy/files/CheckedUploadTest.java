package io.partneracademy.files;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The upload check labs and live sessions share: size limit, empty file, type from the first bytes. */
class CheckedUploadTest {

    private static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why);
        }
    }

    private static CheckedUpload<String> upload(byte[] bytes, long maxBytes) {
        return new CheckedUpload<>(new ByteArrayInputStream(bytes), maxBytes, 4,
                (head, length) -> {
                    String start = new String(head, 0, length, StandardCharsets.US_ASCII);
                    if (start.startsWith("%PDF")) {
                        return "pdf";
                    }
                    throw new Refused("wrong type: " + start);
                },
                () -> new Refused("too large"), () -> new Refused("empty"));
    }

    private static long drain(InputStream in) throws IOException {
        long n = 0;
        byte[] buffer = new byte[3];
        for (int r; (r = in.read(buffer)) != -1; ) {
            n += r;
        }
        return n;
    }

    @Test
    void aFileWithinTheLimitPassesThroughWhole() throws IOException {
        CheckedUpload<String> in = upload("%PDF-1.7 body".getBytes(StandardCharsets.US_ASCII), 13);

        assertThat(drain(in)).isEqualTo(13);
        assertThat(in.type()).isEqualTo("pdf");
    }

    @Test
    void theFirstByteOverTheLimitStopsTheUpload() {
        CheckedUpload<String> in = upload("%PDF-1.7 body".getBytes(StandardCharsets.US_ASCII), 12);

        assertThatThrownBy(() -> drain(in)).hasMessage("too large");
    }

    @Test
    void aWrongTypeIsRefusedOnceTheHeadIsRead() throws IOException {
        CheckedUpload<String> in = upload("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1), 1000);
        byte[] first = new byte[3];
        assertThat(in.read(first)).isEqualTo(3); // the head is not complete yet

        assertThatThrownBy(() -> in.read(first)).hasMessageStartingWith("wrong type: MZ");
    }

    @Test
    void aFileShorterThanTheHeadIsJudgedAtItsEndAndAnEmptyOneIsRefused() {
        assertThatThrownBy(() -> drain(upload("%PD".getBytes(StandardCharsets.US_ASCII), 1000)))
                .hasMessage("wrong type: %PD");
        assertThatThrownBy(() -> drain(upload(new byte[0], 1000))).hasMessage("empty");
    }

    @Test
    void anUploadCannotBeSkippedPastTheCheck() {
        assertThatThrownBy(() -> upload(new byte[10], 1000).skip(5))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
