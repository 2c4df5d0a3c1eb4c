package io.partneracademy.labs;

import io.micronaut.core.annotation.Introspected;

import java.time.Instant;

/** One published version of a lab track. */
@Introspected
record TrackVersionRow(String trackId, int version, String contentHash, String title, String summary, String pathId,
                       String ordering, Instant publishedAt) {

    boolean sequential() {
        return LabTrackSpec.Ordering.SEQUENCE.name().equals(ordering);
    }
}
