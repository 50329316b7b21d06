package vn.partydev.admission.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partydev.admission.domain.BulkImport;
import vn.partydev.admission.domain.ImportError;
import vn.partydev.platform.problem.ProblemLanguage;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(description = "A bulk import and its progress. States: RECEIVED → VALIDATING → IMPORTING → COMPLETED, or FAILED "
        + "(nothing imported; see errors)")
public record ImportView(
        @Schema(description = "Import id", example = "0b8f7a9c-3e3e-4c4c-8d8d-1a2b3c4d5e6f") UUID id,
        @Schema(description = "What the file holds", example = "MEMBERS") BulkImport.Kind kind,
        @Schema(description = "Where the import is", example = "IMPORTING") BulkImport.State state,
        @Schema(description = "Data rows read so far (header excluded)", example = "250000") int rowsRead,
        @Schema(description = "Rows that passed every check", example = "1000000") int rowsValid,
        @Schema(description = "Rows that added a member or organisation", example = "999000") int rowsImported,
        @Schema(description = "Rows already on the roll or in the tree (same citizen id or code), left as they are", example = "1000") int rowsUnchanged,
        @Schema(description = "Errors found (all counted)", example = "0") int errorCount,
        @Schema(description = "The first 1000 errors, by line") List<ImportError> errors,
        @Schema(description = "Received at") OffsetDateTime createdAt,
        @Schema(description = "Finished at") OffsetDateTime finishedAt) {

    private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
    };

    /** The import with its errors in the language asked for. */
    public static ImportView of(BulkImport i, ObjectMapper json, ProblemLanguage language) {
        try {
            List<ImportError> errors = json.readValue(i.errors, ERRORS).stream().map(error -> error.in(language)).toList();
            return new ImportView(i.id, i.kind, i.state, i.rowsRead, i.rowsValid, i.rowsImported, i.rowsUnchanged,
                    i.errorCount, errors, i.createdAt, i.finishedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable error report of import " + i.id, e);
        }
    }
}
