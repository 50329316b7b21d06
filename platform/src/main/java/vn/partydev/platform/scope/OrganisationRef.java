package vn.partydev.platform.scope;

import vn.partydev.platform.codes.OrganisationKind;

import java.util.UUID;

/** TEMPORARY stand-in for the platform-web contract. */
public record OrganisationRef(UUID id, UUID parentId, OrganisationKind kind, String code, String name, String path,
                              boolean mayDecideAdmission, boolean retired) {
    public static final UUID NATIONAL_ROOT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    public boolean covers(String organisationPath) {
        return organisationPath != null && organisationPath.startsWith(path);
    }
}
