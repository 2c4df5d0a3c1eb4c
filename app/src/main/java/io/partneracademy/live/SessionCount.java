package io.partneracademy.live;

import io.micronaut.core.annotation.Introspected;

/** How many registrations of one status a session has, as the sessions feed counts them. */
@Introspected
record SessionCount(long sessionId, String status, long people) {
}
