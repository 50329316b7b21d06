package vn.partydev.candidate.api;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.platform.codes.NominationSource;

import java.util.UUID;

/** The query of a candidate list. */
public class CandidateListParameters {

    @QueryParam("orgId")
    @Parameter(description = "Only candidates of this organisation's subtree (within the caller's)", example = "3a7e4c02-5b8d-4e19-8f60-2d9b1c7e5a34")
    public UUID orgId;

    @QueryParam("cellId")
    @Parameter(description = "Only candidates of this cell", example = "3a7e4c02-5b8d-4e19-8f60-2d9b1c7e5a34")
    public UUID cellId;

    @QueryParam("status")
    @Parameter(description = "Only candidates with this status", example = "LISTED")
    public CandidateStatus status;

    @QueryParam("source")
    @Parameter(description = "Only candidates nominated by this kind of organisation", example = "YOUTH_UNION")
    public NominationSource source;

    @QueryParam("q")
    @Size(max = 100)
    @Parameter(description = "Part of the full name, accents and case ignored", example = "nguyen van a")
    public String q;

    @QueryParam("limit")
    @Parameter(description = "Items per page (1–500, default 50)", example = "50")
    public Integer limit;

    @QueryParam("cursor")
    @Size(max = 500)
    @Parameter(description = "`nextCursor` of the previous page")
    public String cursor;
}
