package vn.partydev.admission.api;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.service.ChangeOrganisation;

import java.text.Normalizer;
import java.util.UUID;

@Schema(description = "Some fields of an organisation to change (PATCH); absent fields keep their value")
public record OrganisationPatch(
        @Schema(description = "New parent: moves the organisation with its whole subtree", example = "9b1f3c52-7d0a-4a53-9c8e-1f2a3b4c5d6e")
        UUID parentId,
        @Schema(description = "New code", example = "HN.BD.CB01")
        @Size(min = 1, max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{partydev.validation.code}") String code,
        @Schema(description = "New name", example = "Chi bộ Thôn Đông")
        @Size(min = 1, max = 300) @Pattern(regexp = ".*\\S.*", message = "{jakarta.validation.constraints.NotBlank.message}") String name,
        @Schema(description = "Whether it decides admissions for its subtree", example = "true")
        Boolean mayDecideAdmission,
        @Schema(description = "Population of its area", example = "3200")
        @PositiveOrZero Integer population) {

    public ChangeOrganisation applyTo(Organisation current) {
        return new ChangeOrganisation(parentId == null ? current.parentId : parentId,
                code == null ? current.code : code,
                name == null ? current.name : Normalizer.normalize(name.strip(), Normalizer.Form.NFC),
                mayDecideAdmission == null ? current.mayDecideAdmission : mayDecideAdmission,
                population == null ? current.population : population);
    }
}
