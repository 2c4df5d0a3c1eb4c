package io.partneracademy.partners;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The fields an admin fills in for a partner company. */
@Serdeable
public record PartnerForm(@NotBlank @Size(max = 200) String name,
                          @NotNull PartnerType type,
                          @NotBlank @Size(max = 64) String region,
                          @Nullable @PastOrPresent LocalDate agreementSignedOn,
                          @NotNull Tier tier) {

    static PartnerForm of(Partner p) {
        return new PartnerForm(p.name(), p.type(), p.region(), p.agreementSignedOn(), p.tier());
    }

    static PartnerForm empty() {
        return new PartnerForm("", PartnerType.RESELLER, "", null, Tier.REGISTERED);
    }
}
