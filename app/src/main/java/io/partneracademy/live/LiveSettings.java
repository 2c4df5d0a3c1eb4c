package io.partneracademy.live;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Rules for live sessions.
 *
 * @param cancelCutoff   how long before the start a registered person may still give up their seat
 * @param joinWindow     how long before the start the join link is shown to registered people
 * @param minimumMinutes default minutes in the meeting for an imported participant to count as attended
 * @param materialMaxBytes largest material file (slides, handouts) accepted
 * @param recordingMaxBytes largest recording accepted; an upload is also bounded by the server's request limit
 *                          ({@code micronaut.server.max-request-size}, 10 MB unless raised)
 */
@ConfigurationProperties("partneracademy.live")
record LiveSettings(@Bindable(defaultValue = "2h") Duration cancelCutoff,
                    @Bindable(defaultValue = "15m") Duration joinWindow,
                    @Bindable(defaultValue = "30") int minimumMinutes,
                    @Bindable(defaultValue = "8388608") long materialMaxBytes,
                    @Bindable(defaultValue = "8388608") long recordingMaxBytes) {
}
