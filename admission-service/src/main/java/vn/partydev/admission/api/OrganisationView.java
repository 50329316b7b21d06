package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.platform.codes.OrganisationKind;

import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A party organisation")
public record OrganisationView(
        @Schema(description = "Id", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") UUID id,
        @Schema(description = "Code", example = "HN.BD.CB01") String code,
        @Schema(description = "Name", example = "Chi bộ Thôn Đông") String name,
        @Schema(description = "Kind of node", example = "CELL") OrganisationKind kind,
        @Schema(description = "Parent id; absent for the national root", example = "00000000-0000-0000-0000-000000000001") UUID parentId,
        @Schema(description = "Materialised path of ids from the root, '/'-separated", example = "/00000000-0000-0000-0000-000000000001/9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e/") String path,
        @Schema(description = "Whether it decides admissions for its subtree", example = "false") boolean mayDecideAdmission,
        @Schema(description = "Population of its area", example = "3200") Integer population,
        @Schema(description = "Founded on", example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Retired on (history is kept); absent while current", example = "2026-01-01") LocalDate validTo,
        @Schema(description = "The organisation it merged into", example = "5e0c1a8d-2222-4c4c-9999-0a0b0c0d0e0f") UUID successorId,
        @Schema(description = "Version, also sent as ETag; send it back in If-Match to change the organisation", example = "3") long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id, o.code, o.name, o.kind, o.parentId, o.path, o.mayDecideAdmission,
                o.population, o.validFrom, o.validTo, o.successorId, o.version);
    }
}
