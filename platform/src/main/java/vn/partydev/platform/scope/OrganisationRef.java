package vn.partydev.platform.scope;

import vn.partydev.platform.codes.OrganisationKind;

import java.util.UUID;

/**
 * A node of the party organisation tree (tổ chức đảng) as every service sees it. {@code path} is the materialised
 * path {@code /<root id>/.../<id>/}: an organisation covers another when the other's path starts with its own.
 */
public record OrganisationRef(
        UUID id,
        UUID parentId,
        OrganisationKind kind,
        String code,
        String name,
        String path,
        boolean mayDecideAdmission,
        boolean retired) {

    /** The national root (Trung ương), seeded in every service's replica. */
    public static final UUID NATIONAL_ROOT_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** Whether {@code organisationPath} is this organisation or lies below it. */
    public boolean covers(String organisationPath) {
        return organisationPath != null && organisationPath.startsWith(path);
    }
}
