package io.partneracademy.webhooks;

import io.micronaut.http.HttpStatus;
import io.partneracademy.web.ApplicationException;

/** A webhook URL we will not call: not http(s), unresolvable, or inside our network and not allow-listed. */
public class WebhookDestinationRefusedException extends ApplicationException {

    WebhookDestinationRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }
}
