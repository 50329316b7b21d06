package vn.partydev.reporting.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A statistics report (báo cáo thống kê) for one organisation's subtree and one period. */
@Schema(description = "A statistics report for an organisation's whole subtree and a period")
public record Report(
        @Schema(description = "Which report", example = "new-members") String report,
        @Schema(description = "The organisation asked about (its whole subtree counts)", example = "00000000-0000-0000-0000-000000000001") UUID orgId,
        @Schema(description = "Its code", example = "HN") String orgCode,
        @Schema(description = "Its name", example = "Đảng bộ Thành phố Hà Nội") String orgName,
        @Schema(description = "The period as asked", example = "2026-Q1") String period,
        @Schema(description = "First day of the period", example = "2026-01-01") LocalDate from,
        @Schema(description = "Last day of the period", example = "2026-03-31") LocalDate to,
        @Schema(description = "Every event the producers had published before this instant is counted (the latest instant at "
                + "which reporting was seen to have applied all the broker held); absent when no such instant is known yet. See "
                + "`freshness` for the positions and `warnings` when the figures may be incomplete",
                example = "2026-04-01T08:15:30+07:00") OffsetDateTime asOf,
        @Schema(description = "How fresh the figures are: positions applied against the broker's end offsets, per topic") Freshness freshness,
        @Schema(description = "Warnings about the figures (e.g. no target set, a list cut short by `limit` with its total)") List<String> warnings,
        @Schema(description = "The tables of the report") List<ReportTable> tables) {
}
