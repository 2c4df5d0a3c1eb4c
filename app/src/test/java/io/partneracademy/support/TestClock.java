package io.partneracademy.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.test.context.TestContext;
import io.micronaut.test.context.TestExecutionListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock plus an offset that tests move forward instead of sleeping; back at the system time before each
 * test, so that no test runs in a time another test left behind.
 */
@Singleton
@Requires(env = Environment.TEST)
@Replaces(Clock.class)
public class TestClock extends Clock implements TestExecutionListener {

    private volatile Duration offset = Duration.ZERO;

    /** Moves time forward for everything in the application context. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    /**
     * Called by micronaut-test before each test, ahead of its {@code @BeforeEach} methods (unlike
     * {@code beforeSetupTest}, which runs only for classes that have one).
     */
    @Override
    public void beforeTestMethod(TestContext context) {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
