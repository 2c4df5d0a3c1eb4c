package io.partneracademy;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Provides the one clock every feature reads time from, so tests can fix or step it. */
@Factory
class TimeFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
