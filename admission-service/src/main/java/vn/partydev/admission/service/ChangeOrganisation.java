package vn.partydev.admission.service;

import java.util.UUID;

/** The new state of an organisation's changeable fields; a different {@code parentId} moves its whole subtree. */
public record ChangeOrganisation(UUID parentId, String code, String name, boolean mayDecideAdmission, Integer population) {
}
