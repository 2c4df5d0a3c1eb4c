package io.partneracademy.outbox;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.partneracademy.support.DatabaseTest;
import io.partneracademy.support.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Old outbox events are deleted: processed ones after 30 days, unclaimed ones after 90. */
@MicronautTest
class OutboxRetentionTest extends DatabaseTest {

    @Inject
    Outbox outbox;
    @Inject
    OutboxRetention retention;
    @Inject
    TestClock clock;

    @Test
    void processedEventsGoAfterThirtyDaysAndUnclaimedOnesAfterNinety() {
        outbox.add("test.handled", "1", Map.of("n", 1));
        outbox.add("test.unclaimed", "2", Map.of("n", 2));
        outbox.claim(List.of("test.handled"), 10).forEach(outbox::processed);

        clock.advance(Duration.ofDays(29));
        assertThat(retention.purge()).isZero();
        clock.advance(Duration.ofDays(2));
        assertThat(retention.purge()).isEqualTo(1);
        assertThat(outbox.claim(List.of("test.unclaimed"), 10)).hasSize(1);
        clock.advance(Duration.ofDays(60));

        assertThat(retention.purge()).isEqualTo(1);
        assertThat(outbox.claim(List.of("test.unclaimed"), 10)).isEmpty();
    }
}
