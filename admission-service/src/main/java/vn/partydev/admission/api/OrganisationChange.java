package vn.partydev.admission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.ChangeOrganisation;

import java.text.Normalizer;
import java.util.UUID;

@Schema(description = "The whole changeable state of an organisation (PUT). A different parent moves its subtree.")
public record OrganisationChange(
        @Schema(description = "The parent; another one moves the organisation with its whole subtree", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e")
        @NotNull UUID parentId,
        @Schema(description = "Code, unique among current organisations", example = "HN.BD.CB01")
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{partydev.validation.code}") String code,
        @Schema(description = "Name in Vietnamese with diacritics", example = "Chi bộ Thôn Đông")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Whether it decides admissions for its subtree", example = "false")
        @NotNull Boolean mayDecideAdmission,
        @Schema(description = "Population of its area, when known", example = "3200")
        @PositiveOrZero Integer population) {

    public ChangeOrganisation toCommand() {
        return new ChangeOrganisation(parentId, code, Normalizer.normalize(name.strip(), Normalizer.Form.NFC), mayDecideAdmission, population);
    }
}
