package io.partneracademy.authoring;

import io.partneracademy.web.InvalidInputException;

/** A translation into a language tag that is not valid BCP 47, names no known language, or is the source's own. */
class TranslationLanguageRejectedException extends InvalidInputException {

    TranslationLanguageRejectedException(String messageKey, String tag) {
        super(messageKey, tag);
    }
}
