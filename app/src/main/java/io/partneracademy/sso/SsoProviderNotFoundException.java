package io.partneracademy.sso;

import io.partneracademy.web.NotFoundException;

/** No (enabled) identity provider with that id. */
class SsoProviderNotFoundException extends NotFoundException {

    SsoProviderNotFoundException(long id) {
        super("sso.provider.not-found", id);
    }
}
