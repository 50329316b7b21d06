package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.domain.DueItem;
import vn.partydev.admission.service.DeadlineQueue;
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
    @Operation(summary = "List what is due or overdue",
            description = "Each item names the step a case waits for, the rule that sets its deadline (R-SLA-1 decision, R-SLA-2"
                    + " ceremony, R-SLA-3 recognition vote and decision) and the due date in working days, ordered by due date."
                    + " Without overdue=true the list holds what is due by today + within, overdue items included. Today is the"
                    + " server's clock.")
    @APIResponse(responseCode = "200", description = "Items by due date")
    @APIResponse(responseCode = "400", description = "`within` is not an ISO-8601 period")
    @APIResponse(responseCode = "404", description = "orgId outside the caller's subtree")
    public List<DueItem> due(
            @Parameter(description = "Organisation whose subtree to list; the caller's own when absent") @QueryParam("orgId") UUID orgId,
            @Parameter(description = "Horizon as an ISO-8601 period", example = "P30D") @QueryParam("within") @DefaultValue("P30D") String within,
            @Parameter(description = "Only items already past their due date") @QueryParam("overdue") @DefaultValue("false") boolean overdue) {
        Period horizon;
        try {
            horizon = Period.parse(within);
        } catch (DateTimeParseException e) {
            throw new BadRequest("INVALID_PERIOD", "within must be an ISO-8601 period such as P30D, not " + within);
        }
        return queue.due(orgId, horizon, overdue);
    }
}
