package io.partneracademy.webhooks;

/** Where a webhook message stands ({@code webhook_message.status}): waiting for its next try, delivered, or given up. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
