package io.partneracademy.partners;

/** Partner program tier, lowest first. */
public enum Tier {
    REGISTERED,
    SILVER,
    GOLD,
    PLATINUM
}
