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
import vn.partydev.candidate.domain.TrialTask;
import vn.partydev.candidate.service.CandidateService;
import vn.partydev.candidate.service.TrialTaskService;
import vn.partydev.platform.http.Idempotent;

import java.util.List;
import java.util.UUID;

/** Trial tasks (nhiệm vụ thử thách) of a candidate. */
@Path("/api/v1/candidates/{id}/trial-tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Trial tasks", description = "Tasks the cell gives a candidate, and their evaluation")
public class TrialTaskResource {

    private static final String PROBLEM = "application/problem+json";

    private final TrialTaskService tasks;
    private final CandidateService candidates;

    TrialTaskResource(TrialTaskService tasks, CandidateService candidates) {
        this.tasks = tasks;
        this.candidates = candidates;
    }

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "assignTrialTask", summary = "Give the candidate a trial task",
            description = "The description stays in this service; TrialTaskAssigned carries only ids and dates.")
    @APIResponse(responseCode = "201", description = "The task", content = @Content(schema = @Schema(implementation = TrialTaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, or due before assigned", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The candidate is past the cell's stage", content = @Content(mediaType = PROBLEM))
    public Response assign(@PathParam("id") UUID id, @NotNull @Valid TrialTaskRequest request, @Context UriInfo uri) {
        TrialTask task = tasks.assign(id, request);
        return Response.created(uri.getAbsolutePathBuilder().path(task.id.toString()).build()).entity(TrialTaskView.of(task)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "listTrialTasks", summary = "A candidate's trial tasks", description = "All tasks with their evaluations, oldest first.")
    @APIResponse(responseCode = "200", description = "The tasks",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TrialTaskView.class)))
    public List<TrialTaskView> list(@PathParam("id") UUID id) {
        candidates.inScope(id);
        return TrialTask.of(id).stream().map(TrialTaskView::of).toList();
    }

    @POST
    @Path("/{taskId}/evaluation")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "evaluateTrialTask", summary = "Evaluate a trial task",
            description = "Records the result (published as a code in TrialTaskEvaluated) and the comment (kept here). Once per task.")
    @APIResponse(responseCode = "200", description = "The evaluated task", content = @Content(schema = @Schema(implementation = TrialTaskView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or a date before the assignment", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such candidate or task", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Already evaluated", content = @Content(mediaType = PROBLEM))
    public TrialTaskView evaluate(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                                  @NotNull @Valid TrialTaskEvaluationRequest evaluation) {
        return TrialTaskView.of(tasks.evaluate(id, taskId, evaluation));
    }
}
