package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** A partner company: reseller, integrator, MSP or technology partner. */
@MappedEntity("partner")
public record Partner(@Id @GeneratedValue @Nullable Long id,
                      String name,
                      PartnerType type,
                      String region,
                      @Nullable LocalDate agreementSignedOn,
                      Tier tier,
                      Instant createdAt,
                      Instant updatedAt) {

    Partner withDetails(PartnerForm form, Instant now) {
        return new Partner(id, form.name().strip(), form.type(), form.region().strip(), form.agreementSignedOn(),
                form.tier(), createdAt, now);
    }
}
