package vn.partydev.reporting.api;

import jakarta.ws.rs.core.MediaType;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.ProblemError;

import java.util.List;
import java.util.Locale;

/** The formats a report is served in, chosen by {@code format=} or else by the {@code Accept} header. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(ReportCsv.MEDIA_TYPE, "csv"),
    XLSX(ReportXlsx.MEDIA_TYPE, "xlsx");

    final String mediaType;
    final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    static ReportFormat choose(String format, List<MediaType> accepted) {
        if (format != null) {
            try {
                return valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("INVALID_FORMAT", "format must be json, csv or xlsx, was '" + format + "'",
                        List.of(new ProblemError(null, "format", "must be json, csv or xlsx")));
            }
        }
        for (MediaType type : accepted) {
            for (ReportFormat candidate : values()) {
                if (!type.isWildcardType() && type.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}
