package io.partneracademy.live;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

/**
 * A person's calendar feed: a secret URL that calendar apps subscribe to without signing in, listing the sessions
 * they hold a seat in (cancelled ones marked so), with the same UIDs and sequences as their invitations.
 */
@Singleton
class CalendarFeed {

    static final String PATH = "/calendar";
    private static final Duration HISTORY = Duration.ofDays(30);

    private final FeedRepository feeds;
    private final RegistrationRepository registrations;
    private final Invites invites;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CalendarFeed(FeedRepository feeds, RegistrationRepository registrations, Invites invites, Clock clock,
                 @io.micronaut.context.annotation.Value("${partneracademy.public-base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.feeds = feeds;
        this.registrations = registrations;
        this.invites = invites;
        this.clock = clock;
    }

    /** The person's feed URL, made on first use (128 random bits). */
    @Transactional
    String url(long userId) {
        feeds.insertIgnore(userId, newToken(), clock.instant());
        return baseUrl + PATH + "/" + feeds.findToken(userId).orElseThrow() + ".ics";
    }

    /** Gives the person a new secret: the old feed URL answers 404 from now on (for a URL that leaked). */
    @Transactional
    void reset(long userId) {
        if (feeds.replaceToken(userId, newToken(), clock.instant()) == 0) {
            feeds.insertIgnore(userId, newToken(), clock.instant());
        }
    }

    private String newToken() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** One session to import by hand ("add to calendar"), with the person's current sequence for it. */
    @Transactional
    String download(LiveSession session, long userId) {
        int offset = registrations.findBySessionIdAndUserId(session.id(), userId).map(Registration::inviteSeq).orElse(0);
        return invites.publish(List.of(session), List.of(session.sequence() + offset), userId);
    }

    /** The feed for a token; 404 for a token nobody has. */
    @Transactional
    String calendar(String token) {
        long userId = feeds.findUser(token).orElseThrow(() -> new FeedNotFoundException());
        List<LiveSession> sessions = feeds.findSeats(userId, clock.instant().minus(HISTORY));
        List<Integer> sequences = sessions.stream()
                .map(s -> s.sequence() + registrations.inviteSeq(s.id(), userId)).toList();
        return invites.publish(sessions, sequences, userId);
    }

    /** No feed has this token (the answer does not say whether the token was ever valid). */
    static class FeedNotFoundException extends io.partneracademy.web.NotFoundException {
        FeedNotFoundException() {
            super("live.feed-not-found");
        }
    }
}
