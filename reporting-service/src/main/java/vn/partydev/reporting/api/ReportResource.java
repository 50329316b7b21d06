package vn.partydev.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.reporting.domain.Report;
import vn.partydev.reporting.service.ReportService;

import java.util.HashMap;
import java.util.Map;

/** Statistics reports (báo cáo thống kê) for an organisation's whole subtree. */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Statistics for an organisation's subtree, as JSON, CSV or XLSX")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    ReportParameters parameters;

    @GET
    @Path("/{report}")
    @Produces({MediaType.APPLICATION_JSON, ReportCsv.MEDIA_TYPE, ReportXlsx.MEDIA_TYPE})
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "getReport", summary = "A statistics report for an organisation's subtree and a period",
            description = """
                    Reports: `achievement` (admitted vs target, year to date, per child organisation), `new-members` (count and
                    percentage by gender, ethnicity, religion, age band, education, professional level, occupation, Youth Union
                    membership, source organisation), `funnel` (nominated → listed → trained → certified → case opened → admitted
                    → recognised, conversion per source, median working days per stage), `training` (classes, trainees,
                    certificates, pass and first-attempt pass rates), `coverage` (today: members per population, residential
                    areas without members or without a cell, cells under 5 members or 3 official members, cells with no admission
                    in `years` years), `overdue` (today: decisions, ceremonies, recognitions past their due dates and not done), `compliance`
                    (deadlines kept and breached in the period: per committee of the subtree that answers for a deadline and per act —
                    admission decision R-SLA-1 and ceremony R-SLA-2 by the deciding committee, the cell's first recognition vote
                    R-SLA-3 by the cell, the recognition decision R-SLA-3 by the deciding committee — the acts done in the period,
                    on time, late with the superior committee's approval (R-SLA-2 only, not a breach) and breaches, with the list of
                    breaches and the working days late; a committee counts in the subtree of its own organisation, so a
                    commune's breaches are in the commune's and the province's reports, not in its cells'), `forecast`
                    (expected admissions by the end of the year or term against the target).
                    Period: `2026-03` (month), `2026-Q1`, `2026-H1`, `2026-M9` (first nine months), `2026`, `2025-2030` (a term:
                    the five years 2026–2030), or `from`/`to` dates. Percentages have two decimals, rounded half up.
                    Format: `format=json|csv|xlsx` or the `Accept` header; the three carry the same tables and numbers, with
                    headers in Vietnamese and English. `asOf` is an instant before which every published event is counted; `freshness` gives, per topic, the positions applied against the broker's end offsets and how far behind reporting is, and `warnings` says when the figures may be incomplete. An organisation reporting has not learned yet answers 503 `NOT_YET_KNOWN` with `Retry-After` while reporting is behind (404 once it has applied every event).
                    Lists (coverage's residential areas and cells, overdue items, compliance breaches) carry at most `limit` rows each (default 1000):
                    the counts (coverage's members table, overdue's and compliance's summaries) are always complete, and every list cut short is
                    named in `warnings` with its total ("list no-recent-admission shows the first 1000 of 79000 rows ...");
                    ask again with a larger `limit` (up to 1000000) for the whole list.
                    An organisation outside the caller's subtree answers 404, as an unknown one does.""")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class)),
                    @Content(mediaType = ReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = ReportXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "orgId, period, from/to, years, limit or format cannot be understood")
    @APIResponse(responseCode = "404", description = "No such report, or the organisation is unknown or outside the caller's subtree")
    public Response report(
            @Parameter(description = "Which report", schema = @Schema(enumeration = {"achievement", "new-members", "funnel", "training",
                    "coverage", "overdue", "compliance", "forecast"}), example = "new-members") @PathParam("report") String report,
            @Parameter(description = "The organisation (its whole subtree counts)", required = true,
                    example = "00000000-0000-0000-0000-000000000001") @QueryParam("orgId") String orgId,
            @Parameter(description = "The period: 2026-03, 2026-Q1, 2026-H1, 2026-M9, 2026 or 2025-2030 (optional for coverage and overdue)",
                    example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "First day, instead of period (ISO date)", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, instead of period (ISO date)", example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(description = "coverage: the years without admission that flag a cell (default 3)", example = "3")
            @QueryParam("years") String years,
            @Parameter(description = "coverage, overdue and compliance: the most rows each list carries (default 1000, at most 1000000). Counts and "
                    + "summaries are always complete; a list cut short is named in `warnings` with its total",
                    example = "1000") @QueryParam("limit") String limit,
            @Parameter(description = "json, csv or xlsx; overrides Accept", example = "csv") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ReportFormat chosen = ReportFormat.choose(format, headers.getAcceptableMediaTypes());
        Map<String, String> options = new HashMap<>();
        if (years != null) {
            options.put("years", years);
        }
        if (limit != null) {
            options.put("limit", limit);
        }
        Report answer = parameters.run(() -> reports.report(report, parameters.organisation(orgId), period, from, to, options));
        return switch (chosen) {
            case JSON -> Response.ok(answer, MediaType.APPLICATION_JSON).build();
            case CSV -> download(ReportCsv.write(answer), chosen, answer);
            case XLSX -> download(ReportXlsx.write(answer), chosen, answer);
        };
    }

    private static Response download(byte[] body, ReportFormat format, Report report) {
        String file = report.report() + "-" + report.orgCode() + "-" + report.period().replace("..", "_") + "." + format.extension;
        return Response.ok(body, format.mediaType + (format == ReportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + file.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
                .build();
    }
}
