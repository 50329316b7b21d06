package vn.partydev.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.reporting.service.RebuildService;

import java.util.UUID;

/** Administration: rebuilding every read model from the event log. */
@Path("/api/v1/admin/rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration", description = "Rebuilding the read models from the topics")
public class RebuildResource {

    @Inject
    RebuildService rebuilds;

    @POST
    @RolesAllowed("admin")
    @Operation(operationId = "startRebuild", summary = "Rebuild every read model from the beginning of the topics",
            description = """
                    Reads partydev.candidate.v1, partydev.training.v1 and partydev.admission.v1 from the beginning into a fresh
                    generation of tables while the current one keeps answering; switches over atomically once caught up.
                    Follow the progress at the returned Location. Targets are not events and are kept as they are.""")
    @APIResponse(responseCode = "202", description = "Started; the body and Location give its progress")
    @APIResponse(responseCode = "409", description = "A rebuild is already running")
    public Response start(@Context UriInfo uri) {
        RebuildView started = RebuildView.of(rebuilds.start());
        return Response.accepted(started).location(uri.getAbsolutePathBuilder().path(started.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(operationId = "getRebuild", summary = "Progress of a rebuild", description = "Events applied and remaining, rate and estimated time left.")
    @APIResponse(responseCode = "200", description = "The progress")
    @APIResponse(responseCode = "404", description = "No such rebuild")
    public RebuildView progress(@Parameter(description = "The rebuild", example = "3b6f0f3e-8a3c-4df5-9d0b-5d1cf8f0e2aa") @PathParam("id") UUID id) {
        return RebuildView.of(rebuilds.progress(id));
    }
}
