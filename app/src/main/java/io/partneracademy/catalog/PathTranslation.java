package io.partneracademy.catalog;

/**
 * A certification path's title and description in another language, as authored in
 * {@code content/paths/<id>.<lang>.yaml}.
 *
 * @param language a BCP 47 tag other than the source's
 * @param source   the {@link SourceFingerprint} of the path text it was translated from
 */
public record PathTranslation(String language, String title, String description, String source) {
}
