package vn.partydev.platform.testapp;

import jakarta.validation.constraints.NotBlank;

public record RenameRequest(@NotBlank String name) {
}
