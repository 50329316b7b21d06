package vn.partydev.training.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.codes.TrainingKind;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.training.domain.TrainingClass;
import vn.partydev.training.service.ClassFilter;
import vn.partydev.training.service.PageRequest;
import vn.partydev.training.service.TrainingClassService;

@Path("/api/v1/classes")
@Tag(name = "Classes", description = "Awareness and new-member theory classes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingClassResource {

    private final TrainingClassService service;

    TrainingClassResource(TrainingClassService service) {
        this.service = service;
    }

    @POST
    @Idempotent
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "scheduleTrainingClass", summary = "Schedule a class",
            description = "Creates an AWARENESS class (for candidates on a cell's list) or a NEW_MEMBER_THEORY class (for "
                    + "probationary members), organised by an organisation in the caller's subtree. The minimum attendance "
                    + "defaults to the rule set's (80 %, R-TRAIN-2). Publishes TrainingClassScheduled. Send an "
                    + "Idempotency-Key header to make retries safe: the same key replays the first answer.")
    @APIResponse(responseCode = "201", description = "Scheduled; Location names the class",
            content = @Content(schema = @Schema(implementation = TrainingClassView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (missing field, ends before it starts, ...)")
    @APIResponse(responseCode = "404", description = "The organiser is unknown or outside the caller's subtree")
    @APIResponse(responseCode = "409", description = "The organiser is retired")
    public Response schedule(@NotNull @Valid ScheduleClassRequest request, @Context UriInfo uri) {
        TrainingClass created = service.schedule(request.toCommand());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/classes/{id}").build(created.id))
                .tag(ETags.of(created.version))
                .entity(TrainingClassView.of(created))
                .build();
    }

    @GET
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "listTrainingClasses", summary = "List classes",
            description = "Classes in the caller's subtree, by start date then id, keyset-paginated: follow `nextCursor` "
                    + "(or the Link rel=\"next\" header). Filters narrow to an organiser's subtree, a kind, and a range of "
                    + "start dates (inclusive).")
    @APIResponse(responseCode = "200", description = "A page of classes: {items, nextCursor}",
            content = @Content(schema = @Schema(implementation = TrainingClassPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter, limit or cursor")
    @APIResponse(responseCode = "404", description = "The organiser filter is unknown or outside the caller's subtree")
    public Response list(
            @Parameter(description = "Only classes organised in this organisation's subtree") @QueryParam("organiserId") UUID organiserId,
            @Parameter(description = "Only this kind") @QueryParam("kind") TrainingKind kind,
            @Parameter(description = "Only classes starting on or after this date", example = "2026-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only classes starting on or before this date", example = "2026-12-31") @QueryParam("to") LocalDate to,
            @Parameter(description = "Page size (default 50, at most 500)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        var page = service.list(new ClassFilter(organiserId, kind, from, to), PageRequest.of(limit, cursor));
        return PageResponses.ok(page.map(TrainingClassView::of), uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "getTrainingClass", summary = "Read a class", description = "The class, with its version as ETag.")
    @APIResponse(responseCode = "200", description = "The class",
            content = @Content(schema = @Schema(implementation = TrainingClassView.class)))
    public Response find(@PathParam("id") UUID id) {
        TrainingClass found = service.find(id);
        return Response.ok(TrainingClassView.of(found)).tag(ETags.of(found.version)).build();
    }
}
