package vn.partydev.candidate.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.candidate.domain.HelperAssignment;
import vn.partydev.candidate.domain.HelperRule;
import vn.partydev.candidate.service.CandidateService;
import vn.partydev.candidate.service.HelperService;
import vn.partydev.platform.http.Idempotent;

import java.util.List;
import java.util.UUID;

/** Helping members (đảng viên giúp đỡ) of a candidate. */
@Path("/api/v1/candidates/{id}/helpers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Helpers", description = "Official members assigned to help a candidate")
public class HelperResource {

    private static final String PROBLEM = "application/problem+json";

    private final HelperService helpers;
    private final CandidateService candidates;

    HelperResource(HelperService helpers, CandidateService candidates) {
        this.helpers = helpers;
        this.candidates = candidates;
    }

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "assignHelper", summary = "Assign a helping member",
            description = "R-CAND-2: the member must be official on the assignment date and belong to the same grassroots "
                    + "organisation (tổ chức cơ sở đảng) as the candidate's cell, as known from admission-service's events. A member "
                    + "official for less than 12 months is accepted with a warning in `warnings`. Publishes HelperAssigned.")
    @APIResponse(responseCode = "201", description = "Assigned (see `warnings`)", content = @Content(schema = @Schema(implementation = HelperView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The member already helps, or the candidate is past the cell's stage", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "R-CAND-2: not an official member of the same grassroots organisation", content = @Content(mediaType = PROBLEM))
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid HelperRequest request, @Context UriInfo uri) {
        HelperService.Assigned assigned = helpers.assign(id, request.memberId(), request.assignedOn());
        List<Warning> warnings = assigned.warning().map(detail -> List.of(new Warning(HelperRule.RULE, detail))).orElse(List.of());
        return Response.created(uri.getAbsolutePathBuilder().path(assigned.assignment().id.toString()).build())
                .entity(HelperView.of(assigned.assignment(), warnings)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "listHelpers", summary = "A candidate's helpers", description = "Current and released helper assignments, oldest first.")
    @APIResponse(responseCode = "200", description = "The assignments",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = HelperView.class)))
    public List<HelperView> list(@PathParam("id") UUID id) {
        candidates.inScope(id);
        return HelperAssignment.of(id).stream().map(assignment -> HelperView.of(assignment, List.of())).toList();
    }

    @POST
    @Path("/{assignmentId}/release")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "releaseHelper", summary = "Release a helping member", description = "Ends the assignment on the given date. Publishes HelperReleased.")
    @APIResponse(responseCode = "200", description = "The released assignment", content = @Content(schema = @Schema(implementation = HelperView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or a date before the assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such candidate or assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already released", content = @Content(mediaType = PROBLEM))
    public HelperView release(@PathParam("id") UUID id, @PathParam("assignmentId") UUID assignmentId,
                              @NotNull @Valid HelperReleaseRequest release) {
        return HelperView.of(helpers.release(id, assignmentId, release.releasedOn()), List.of());
    }
}
