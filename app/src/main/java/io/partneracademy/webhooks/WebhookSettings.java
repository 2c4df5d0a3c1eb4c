package io.partneracademy.webhooks;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * Webhook settings.
 *
 * @param allowedHosts hosts or IP addresses that may be delivered to although they are private, loopback or
 *                     link-local (an on-premises CRM, tests); empty by default
 * @param disableAfter a subscription failing this long without one success is disabled and its owner told
 * @param timeout      how long a receiver may take to answer
 * @param batch        messages one run of the delivery job takes
 * @param parallel     messages sent at the same time, so one slow receiver does not hold up the others
 * @param keepLogFor   delivered and failed messages, with their delivery log, are deleted after this long
 */
@ConfigurationProperties("partneracademy.webhooks")
record WebhookSettings(@Bindable(defaultValue = "") List<String> allowedHosts,
                       @Bindable(defaultValue = "5d") Duration disableAfter,
                       @Bindable(defaultValue = "10s") Duration timeout,
                       @Bindable(defaultValue = "20") int batch,
                       @Bindable(defaultValue = "8") int parallel,
                       @Bindable(defaultValue = "30d") Duration keepLogFor) {
}
