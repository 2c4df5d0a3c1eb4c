package io.partneracademy.catalog;

/** Certification levels, in the order a person climbs them. */
public enum Level {
    FOUNDATION,
    PRACTITIONER,
    ARCHITECT
}
