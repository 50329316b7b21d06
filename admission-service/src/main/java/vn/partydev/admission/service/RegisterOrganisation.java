package vn.partydev.admission.service;

import vn.partydev.platform.codes.OrganisationKind;

import java.time.LocalDate;
import java.util.UUID;

/** Add a node to the organisation tree under {@code parentId}. */
public record RegisterOrganisation(UUID parentId, String code, String name, OrganisationKind kind,
                                   boolean mayDecideAdmission, Integer population, LocalDate validFrom) {
}
