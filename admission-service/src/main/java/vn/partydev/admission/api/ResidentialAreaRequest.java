package vn.partydev.admission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.ResidentialAreaAdministration.AreaState;
import vn.partydev.platform.codes.ResidentialAreaKind;

import java.text.Normalizer;
import java.util.UUID;

@Schema(description = "A residential area (thôn, bản, ấp, tổ dân phố) of a commune")
public record ResidentialAreaRequest(
        @Schema(description = "The commune (a COMMUNE organisation of your subtree)", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e") @NotNull UUID communeId,
        @Schema(description = "Kind", example = "THON") @NotNull ResidentialAreaKind kind,
        @Schema(description = "Name with diacritics, unique within the commune", example = "Thôn Đông") @NotBlank @Size(max = 200) String name,
        @Schema(description = "Disadvantaged, remote or ethnic-minority area: primary education suffices for admission (R-EDU-1)", example = "false") Boolean disadvantaged,
        @Schema(description = "The cell of the commune covering the area, if any", example = "5e0c1a8d-2222-4c4c-9999-0a0b0c0d0e0f") UUID coveringCellId,
        @Schema(description = "Population", example = "1250") @PositiveOrZero Integer population) {

    public AreaState toState() {
        return new AreaState(communeId, kind, Normalizer.normalize(name.strip(), Normalizer.Form.NFC), Boolean.TRUE.equals(disadvantaged), coveringCellId, population);
    }
}
