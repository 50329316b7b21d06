package vn.partydev.admission.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.service.RegisterOrganisation;
import vn.partydev.platform.codes.OrganisationKind;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.UUID;

@Schema(description = "A new party organisation (tổ chức đảng) under an existing one")
public record OrganisationRequest(
        @Schema(description = "The parent organisation; must lie in your subtree", example = "00000000-0000-0000-0000-000000000001")
        @NotNull UUID parentId,
        @Schema(description = "Code, unique among current organisations (letters, digits, . _ -)", example = "HN.BD.CB01")
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "{partydev.validation.code}") String code,
        @Schema(description = "Name in Vietnamese with diacritics", example = "Chi bộ Thôn Đông")
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "Kind of node; a CELL sits under a commune, grassroots or partial committee", example = "CELL")
        @NotNull OrganisationKind kind,
        @Schema(description = "Whether it decides admissions for its subtree; false when absent", example = "false")
        Boolean mayDecideAdmission,
        @Schema(description = "Population of its area, when known", example = "3200")
        @PositiveOrZero Integer population,
        @Schema(description = "Day it was founded (its real founding date, e.g. 1975-05-30 for a long-standing cell); today"
                + " when absent. Not before the parent's. Nothing can be dated before it (R-ORG-1): members' entries,"
                + " transfers in, cases, votes — so give the real date when registering an existing organisation.",
                example = "1975-05-30")
        LocalDate validFrom) {

    public RegisterOrganisation toCommand() {
        return new RegisterOrganisation(parentId, code, Normalizer.normalize(name.strip(), Normalizer.Form.NFC), kind,
                Boolean.TRUE.equals(mayDecideAdmission), population, validFrom);
    }
}
