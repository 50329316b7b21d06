package vn.partydev.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A column of a report table, headed in Vietnamese and English. */
@Schema(description = "A column of a report table")
public record Column(
        @Schema(description = "Key of the value in each row", example = "admitted") String key,
        @Schema(description = "Vietnamese header", example = "Kết nạp") String vi,
        @Schema(description = "English header", example = "Admitted") String en) {

    /** The header as exports print it: "Kết nạp / Admitted". */
    public String header() {
        return vi + " / " + en;
    }
}
