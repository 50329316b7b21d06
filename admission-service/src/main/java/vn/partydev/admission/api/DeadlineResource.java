package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.service.DeadlineQueue;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.problem.BadRequest;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** The work queue: decisions, ceremonies, recognition votes and decisions due or overdue in the caller's subtree. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines", description = "What is due or overdue")
public class DeadlineResource {

    @Inject
    DeadlineQueue queue;

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "listDueDeadlines", summary = "List what is due or overdue",
            description = "Each item names the step a case waits for, the cell (id, code and name), the rule that sets its deadline (R-SLA-1 decision, R-SLA-2"
                    + " ceremony, R-SLA-3 recognition vote and decision) and the due date in working days, ordered by due date"
                    + " then case. Without overdue=true the list holds what is due by today + within, overdue items included."
                    + " Today is the server's clock. A page at a time: follow `nextCursor` (or the `Link: rel=\"next\"` header)"
                    + " until it is absent.")
    @APIResponse(responseCode = "200", description = "One page of items by due date",
            headers = @Header(name = "Link", description = "`<…>; rel=\"next\"` when there is a next page"),
            content = @Content(schema = @Schema(implementation = DueItemPage.class)))
    @APIResponse(responseCode = "400", description = "`within` is not an ISO-8601 period, limit is outside 1..500, or the cursor"
            + " was not given out by this list", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "orgId outside the caller's subtree")
    public Response due(
            @Parameter(description = "Organisation whose subtree to list; the caller's own when absent") @QueryParam("orgId") UUID orgId,
            @Parameter(description = "Horizon as an ISO-8601 period", example = "P30D") @QueryParam("within") @DefaultValue("P30D") String within,
            @Parameter(description = "Only items already past their due date") @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @Parameter(description = "Items per page, 1..500 (default 50)", example = "50") @QueryParam("limit") Integer limit,
            @Parameter(description = "`nextCursor` of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        Period horizon;
        try {
            horizon = Period.parse(within);
        } catch (DateTimeParseException e) {
            throw new BadRequest("INVALID_PERIOD", "within must be an ISO-8601 period such as P30D, not " + within);
        }
        return PageResponses.ok(queue.due(orgId, horizon, overdue, Page.limit(limit), cursor), uri);
    }
}
