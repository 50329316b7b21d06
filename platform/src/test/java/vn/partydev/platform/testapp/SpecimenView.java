package vn.partydev.platform.testapp;

import java.time.Instant;
import java.util.UUID;

public record SpecimenView(UUID id, String name, int copies, String organisationPath, Instant createdAt, long version) {

    static SpecimenView of(Specimen specimen) {
        return new SpecimenView(specimen.id, specimen.name, specimen.copies, specimen.organisationPath, specimen.createdAt,
                specimen.version);
    }
}
