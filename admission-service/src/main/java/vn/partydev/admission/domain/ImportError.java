package vn.partydev.admission.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.platform.problem.ProblemLanguage;
import vn.partydev.platform.problem.ProblemMessage;
import vn.partydev.platform.problem.ProblemMessages;

/**
 * One reason a CSV row cannot be imported. Details name the column and the rule, never echo personal data. A row that
 * breaks a rule carries its code and the bundle's sentence for it ({@code message}, stored with the report, not
 * answered), so that the report is read in the language of whoever asks for it.
 */
@Schema(description = "Why a row of the file cannot be imported")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportError(
        @Schema(description = "Line number in the file (the header is line 1)", example = "42") long line,
        @Schema(description = "The column at fault, when one is", example = "so_cccd") String column,
        @Schema(description = "The rule the row breaks, when it breaks one (see the problem codes)", example = "R-ORG-1") String code,
        @Schema(description = "What is wrong, in the language asked for by Accept-Language when the row breaks a rule",
                example = "must be 12 digits") String detail,
        @Schema(hidden = true) ProblemMessage message) {

    /** How many errors a report keeps (all are counted). */
    public static final int REPORTED = 1000;

    public ImportError(long line, String column, String detail) {
        this(line, column, null, detail, null);
    }

    /** This error as answered to a reader who asked for {@code language}. */
    public ImportError in(ProblemLanguage language) {
        return new ImportError(line, column, code, ProblemMessages.sentence(code, detail, message, language), null);
    }
}
