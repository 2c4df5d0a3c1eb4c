package io.partneracademy.itemstats;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Flag thresholds and caching of item statistics. A question is flagged only once it has {@code minAnswers}
 * answers; below that the figures are shown but too noisy to act on. A distractor "favours high scorers" when the
 * top 27% choose it more often than the bottom 27% by more than {@code distractorMargin} (a share, 0.05 = 5 points).
 */
@ConfigurationProperties("partneracademy.itemstats")
public record ItemStatsSettings(@Bindable(defaultValue = "0.2") double minFacility,
                                @Bindable(defaultValue = "0.9") double maxFacility,
                                @Bindable(defaultValue = "15") double minDiscrimination,
                                @Bindable(defaultValue = "20") int minAnswers,
                                @Bindable(defaultValue = "0.05") double distractorMargin,
                                @Bindable(defaultValue = "false") boolean allAttemptsByDefault,
                                @Bindable(defaultValue = "15m") Duration cacheFor) {
}
