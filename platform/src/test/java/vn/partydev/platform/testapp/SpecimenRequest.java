package vn.partydev.platform.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record SpecimenRequest(
        @NotNull @Valid Person person,
        @NotNull UUID organisationId,
        @Min(1) @Max(100) int copies,
        @NotNull SpecimenKind kind,
        LocalDate observedOn,
        List<@NotBlank String> tags) {

    public record Person(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Pattern(regexp = "\\d{12}", message = "must be 12 digits") String citizenId) {
    }
}
