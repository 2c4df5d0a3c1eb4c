package io.partneracademy.live;

import io.partneracademy.web.NotFoundException;

/** No such session, or not one the viewer's company may attend (deliberately the same answer). */
class SessionNotFoundException extends NotFoundException {

    SessionNotFoundException(long id) {
        super("live.not-found", id);
    }
}
