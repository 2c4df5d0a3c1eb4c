package io.partneracademy.partners;

/** What kind of business a partner company is. */
public enum PartnerType {
    RESELLER,
    SYSTEMS_INTEGRATOR,
    MSP,
    TECHNOLOGY
}
