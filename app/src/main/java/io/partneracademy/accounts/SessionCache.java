package io.partneracademy.accounts;

import jakarta.inject.Singleton;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sessions this node resolved in the last few seconds, so that most requests need no session query (ADR 0010).
 * Never the only copy of anything: an entry is dropped when its time is up, when this node signs the session out
 * or changes its user, and the caller still checks expiry and idle time on every hit.
 */
@Singleton
class SessionCache {

    /** Bounds memory; a full cache is emptied rather than evicted entry by entry (it refills in seconds). */
    static final int MAX_ENTRIES = 100_000;

    /** A resolved session: who, when it was last seen and expires (as stored), and when it was read. */
    record Entry(CurrentUser user, Instant lastSeenAt, Instant expiresAt, Instant readAt) {

        Entry seen(Instant now) {
            return new Entry(user, now, expiresAt, readAt);
        }
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Duration keepFor;

    SessionCache(SessionSettings settings) {
        this.keepFor = settings.cacheFor() == null ? Duration.ZERO : settings.cacheFor();
    }

    /** The entry for a token hash, unless it is older than the cache time. */
    Optional<Entry> get(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (!now.isBefore(entry.readAt().plus(keepFor))) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /** Take before reading the database; {@link #put} drops what was read if anything was forgotten since. */
    long generation() {
        return generation.get();
    }

    /** Keeps an entry read from the database when no sign-out or user change happened since {@code generationRead}. */
    void put(String tokenHash, Entry entry, long generationRead) {
        if (keepFor.isZero()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(tokenHash, entry);
        if (generation.get() != generationRead) {
            entries.remove(tokenHash, entry);
        }
    }

    /** Replaces an entry that is still cached, e.g. with a newer last-seen time; never adds one. */
    void refresh(String tokenHash, Entry old, Entry updated) {
        entries.replace(tokenHash, old, updated);
    }

    /** Forgets one session (signed out or found gone). */
    void forgetSession(String tokenHash) {
        generation.incrementAndGet();
        entries.remove(tokenHash);
    }

    /** Forgets every session of a user (signed out everywhere, deactivated, renamed, roles changed). */
    void forgetUser(long userId) {
        generation.incrementAndGet();
        entries.values().removeIf(e -> e.user().id() == userId);
    }
}
