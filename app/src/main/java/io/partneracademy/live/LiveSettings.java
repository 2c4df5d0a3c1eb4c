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
 * @param recordingMaxBytes largest recording accepted; both upload routes take bodies this large although every other
 *                          route stays at 10 MB ({@link LiveUploadRoutes}), up to the server's ceiling
 *                          ({@code micronaut.server.max-request-size}, 4 GB)
 */
@ConfigurationProperties("partneracademy.live")
record LiveSettings(@Bindable(defaultValue = "2h") Duration cancelCutoff,
                    @Bindable(defaultValue = "15m") Duration joinWindow,
                    @Bindable(defaultValue = "30") int minimumMinutes,
                    @Bindable(defaultValue = "104857600") long materialMaxBytes,
                    @Bindable(defaultValue = "2147483648") long recordingMaxBytes) {
}
