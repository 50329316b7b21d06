package vn.partydev.candidate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.HistoryEntry;
import vn.partydev.candidate.service.CandidateQueries;
import vn.partydev.candidate.service.CandidateService;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.http.Preconditions;

import java.util.List;
import java.util.UUID;

/** Candidates (quần chúng ưu tú): nomination, the record, the cell's list decisions and the history. */
@Path("/api/v1/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates", description = "Outstanding people nominated to a cell, before admission")
public class CandidateResource {

    private static final String PROBLEM = "application/problem+json";

    private final CandidateService candidates;
    private final CandidateQueries queries;

    CandidateResource(CandidateService candidates, CandidateQueries queries) {
        this.candidates = candidates;
        this.queries = queries;
    }

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "nominateCandidate", summary = "Nominate a person to a cell",
            description = "Records an outstanding person (quần chúng ưu tú) nominated by a mass organisation, a school, an army unit "
                    + "or the cell itself. The citizen id must be 12 ASCII digits starting with a province code, its 4th digit "
                    + "(century and gender) and 5th–6th digits (birth year) must agree with the birth date and gender. The person "
                    + "must be at least 15 on the nomination date. One active candidacy per citizen id (R-CAND-1). The cell must be "
                    + "a cell in the caller's subtree. Status, id and organisation path are set by the service: sending them is a 400. "
                    + "Send an `Idempotency-Key` header to make retries safe: the same key replays the first answer. "
                    + "Publishes CandidateNominated.")
    @APIResponse(responseCode = "201", description = "Nominated; `Location` is the candidate, `ETag` its version",
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors[]` points at each invalid value", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "R-CAND-1 (an active candidacy exists), UNKNOWN_CELL, NOT_A_CELL or RETIRED_CELL", content = @Content(mediaType = PROBLEM))
    public Response nominate(@NotNull @Valid NewCandidateRequest request, @Context UriInfo uri) {
        Candidate candidate = candidates.nominate(request);
        return Response.created(uri.getAbsolutePathBuilder().path(candidate.id.toString()).build())
                .tag(ETags.of(candidate.version)).entity(CandidateView.of(candidate)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "listCandidates", summary = "List candidates in the caller's subtree",
            description = "Candidates of the caller's organisation subtree, ordered by cell then id, a page at a time: follow "
                    + "`nextCursor` (or the `Link: rel=\"next\"` header) until it is absent. `q` searches the full name without "
                    + "regard to accents or case: \"nguyen van a\" finds \"Nguyễn Văn A\", \"dang\" finds \"Đặng\". Filters "
                    + "combine. Names are personal data: each list read is written to the access log.")
    @APIResponse(responseCode = "200", description = "A page of candidates",
            headers = @Header(name = "Link", description = "`<…>; rel=\"next\"` when there is a next page"),
            content = @Content(schema = @Schema(implementation = CandidatePage.class)))
    @APIResponse(responseCode = "400", description = "An invalid parameter (limit, cursor, status, source)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "`orgId` or `cellId` is not in the caller's subtree", content = @Content(mediaType = PROBLEM))
    public Response list(@Valid @BeanParam CandidateListParameters parameters, @Context UriInfo uri) {
        return PageResponses.ok(queries.list(parameters), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "getCandidate", summary = "Read a candidate",
            description = "The person, the nomination and the pipeline status. `ETag` carries the version to send as `If-Match` "
                    + "with a PATCH. Outside the caller's subtree the answer is 404. The read is written to the access log.")
    @APIResponse(responseCode = "200", description = "The candidate", headers = @Header(name = "ETag", description = "The version"),
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    public Response get(@PathParam("id") UUID id) {
        Candidate candidate = queries.read(id);
        return Response.ok(CandidateView.of(candidate)).tag(ETags.of(candidate.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "correctCandidate", summary = "Correct a candidate's record",
            description = "Changes the given fields of the person and the nomination (absent fields stay). Requires `If-Match` "
                    + "with the current ETag. The result is validated exactly as a nomination. The cell, status and id cannot be "
                    + "changed. A change of a category statistics use (gender, birth date, ethnic group, religion, education, "
                    + "occupation, union membership, residential area) publishes CandidateProfileChanged.")
    @APIResponse(responseCode = "200", description = "The corrected candidate", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "R-CAND-1: the new citizen id has another active candidacy", content = @Content(mediaType = PROBLEM))
    public Response correct(@PathParam("id") UUID id, @NotNull @Valid CandidateChanges changes, @Context HttpHeaders headers) {
        Candidate candidate = candidates.correct(id, changes, version -> Preconditions.requireIfMatch(headers, version));
        return Response.ok(CandidateView.of(candidate)).tag(ETags.of(candidate.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "getCandidateHistory", summary = "A candidate's history",
            description = "Every change and stage in order: nomination, corrections (field names), listing, helpers, trial tasks, "
                    + "training and admission stages learnt from the other services, removal — each with the date it happened, "
                    + "when it was recorded and who recorded it.")
    @APIResponse(responseCode = "200", description = "The history, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HistoryEntryView.class)))
    public List<HistoryEntryView> history(@PathParam("id") UUID id) {
        candidates.inScope(id);
        return HistoryEntry.of(id).stream().map(HistoryEntryView::of).toList();
    }

    @POST
    @Path("/{id}/listing")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "putCandidateOnList", summary = "Put the candidate on the cell's list",
            description = "Records the cell resolution putting the person on its list (danh sách cảm tình Đảng). Once only, "
                    + "before admission, not dated before the nomination. Publishes CandidateListed.")
    @APIResponse(responseCode = "200", description = "The candidate, now listed", content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid or inconsistent date", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already listed, removed, or past the cell's stage (STEP_OUT_OF_ORDER)", content = @Content(mediaType = PROBLEM))
    public Response putOnList(@PathParam("id") UUID id, @NotNull @Valid ListingRequest listing) {
        Candidate candidate = candidates.putOnList(id, listing.resolutionDate());
        return Response.ok(CandidateView.of(candidate)).tag(ETags.of(candidate.version)).build();
    }

    @POST
    @Path("/{id}/removal")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "removeCandidateFromList", summary = "Remove the candidate from the cell's list",
            description = "Ends the candidacy with a reason code and the cell's note. The note stays in this service; only the "
                    + "reason code is published (CandidateRemovedFromList). Not possible once an admission case is open.")
    @APIResponse(responseCode = "200", description = "The candidate, now removed", content = @Content(schema = @Schema(implementation = CandidateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already removed or in admission (STEP_OUT_OF_ORDER)", content = @Content(mediaType = PROBLEM))
    public Response remove(@PathParam("id") UUID id, @NotNull @Valid RemovalRequest removal) {
        Candidate candidate = candidates.removeFromList(id, removal);
        return Response.ok(CandidateView.of(candidate)).tag(ETags.of(candidate.version)).build();
    }
}
