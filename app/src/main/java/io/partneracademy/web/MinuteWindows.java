package io.partneracademy.web;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (a token, a client address) in fixed one-minute windows, in this server's memory: behind
 * a load balancer each node allows the limit. Keys of past minutes are dropped once there are many.
 *
 * @param <K> what requests are counted by
 */
public final class MinuteWindows<K> {

    private static final int FORGET_ABOVE = 100_000;

    private final Map<K, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public MinuteWindows(Clock clock) {
        this.clock = clock;
    }

    private record Window(long minute, int count) {
    }

    /** Counts a request for {@code key}; returns how long it must wait (whole seconds), or zero within the limit. */
    public Duration acquire(K key, int limit) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > FORGET_ABOVE) {
            windows.entrySet().removeIf(e -> e.getValue().minute() < minute);
        }
        Window window = windows.merge(key, new Window(minute, 1),
                (old, fresh) -> old.minute() == minute ? new Window(minute, old.count() + 1) : fresh);
        if (window.count() <= limit) {
            return Duration.ZERO;
        }
        return Duration.ofMillis((minute + 1) * 60_000 - now).plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    }
}
