package io.partneracademy.web;

import jakarta.inject.Singleton;

import java.util.function.Supplier;

/**
 * Marks a request's work whose queries may rightly take longer than the short database socket timeout that makes an
 * ordinary request answer 503 within 2 s when the database is away.
 *
 * <p>Report pages read every enrolment, certification and attempt of the program; at scale one of their queries may
 * take seconds, and the short limit turned that into a false "database unavailable" (ADR 0043). A connection opened
 * inside {@link #run} gets {@code partneracademy.database.report-socket-timeout} instead (see {@code JobTimeouts});
 * the pool restores the short limit when the connection returns.
 */
@Singleton
public class LongReads {

    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

    /** Runs the work; its transactions opened on this thread get the long socket timeout. */
    public <T> T run(Supplier<T> work) {
        boolean outer = active.get();
        active.set(true);
        try {
            return work.get();
        } finally {
            active.set(outer);
        }
    }

    /** Whether the current thread is inside {@link #run}. */
    public boolean active() {
        return active.get();
    }
}
