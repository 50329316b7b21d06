package vn.partydev.admission.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.platform.codes.ResidentialAreaKind;

import java.util.UUID;

@Schema(description = "A residential area")
public record ResidentialAreaView(
        @Schema(description = "Id", example = "3d5a7c9e-1111-4b2b-8c8c-0a0b0c0d0e0f") UUID id,
        @Schema(description = "The commune", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") UUID communeId,
        @Schema(description = "Kind", example = "THON") ResidentialAreaKind kind,
        @Schema(description = "Name", example = "Thôn Đông") String name,
        @Schema(description = "Disadvantaged (R-EDU-1)", example = "false") boolean disadvantaged,
        @Schema(description = "Covering cell", example = "5e0c1a8d-2222-4c4c-9999-0a0b0c0d0e0f") UUID coveringCellId,
        @Schema(description = "Population", example = "1250") Integer population,
        @Schema(description = "Members on the roll living there today (only when reading one area)", example = "14") Integer members,
        @Schema(description = "Version (ETag)", example = "0") long version) {

    public static ResidentialAreaView of(ResidentialArea a, Integer members) {
        return new ResidentialAreaView(a.id, a.communeId, a.kind, a.name, a.disadvantaged, a.coveringCellId, a.population, members, a.version);
    }
}
