package vn.partydev.admission.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a CSV row cannot be imported. Details name the column and the rule, never echo personal data. */
@Schema(description = "Why a row of the file cannot be imported")
public record ImportError(
        @Schema(description = "Line number in the file (the header is line 1)", example = "42") long line,
        @Schema(description = "The column at fault, when one is", example = "so_cccd") String column,
        @Schema(description = "What is wrong", example = "must be 12 digits") String detail) {

    /** How many errors a report keeps (all are counted). */
    public static final int REPORTED = 1000;
}
