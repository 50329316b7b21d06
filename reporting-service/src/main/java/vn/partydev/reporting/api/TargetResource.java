package vn.partydev.reporting.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.reporting.service.TargetService;

/** Admissions targets (chỉ tiêu kết nạp đảng viên) per organisation and year or term. */
@Path("/api/v1/targets/{orgId}/{period}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Admissions targets assigned by the parent organisation")
public class TargetResource {

    @Inject
    TargetService targets;

    @Inject
    ReportParameters parameters;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "setTarget", summary = "Assign an organisation's admissions target for a year or a term",
            description = """
                    Set by an organiser or administrator of the PARENT organisation (whose subtree covers the parent); the
                    national root's target by an administrator of the root. The answer warns when the children's targets do
                    not add up to this one, or when this one and its siblings' do not add up to the parent's.""")
    @APIResponse(responseCode = "200", description = "The target, with warnings")
    @APIResponse(responseCode = "400", description = "The period is not a year (2026) or a term (2025-2030), or admissions is missing or negative")
    @APIResponse(responseCode = "404", description = "The organisation is unknown or outside the caller's subtree")
    public TargetView set(@Parameter(description = "The organisation", example = "6f1c2a9e-1b7d-4a53-9a43-0d3f5d1c2b11") @PathParam("orgId") String orgId,
                          @Parameter(description = "Year or term", example = "2026") @PathParam("period") String period,
                          @Valid @NotNull TargetRequest request) {
        return TargetView.of(parameters.run(() -> targets.set(parameters.organisation(orgId), period, request.admissions())));
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "trainer", "viewer"})
    @Operation(operationId = "getTarget", summary = "An organisation's admissions target for a year or a term",
            description = "With the sum of its children's targets and warnings when the targets do not add up.")
    @APIResponse(responseCode = "200", description = "The target, with warnings")
    @APIResponse(responseCode = "400", description = "The period is not a year or a term")
    @APIResponse(responseCode = "404", description = "No target set, or the organisation is unknown or outside the caller's subtree")
    public TargetView get(@Parameter(description = "The organisation", example = "6f1c2a9e-1b7d-4a53-9a43-0d3f5d1c2b11") @PathParam("orgId") String orgId,
                          @Parameter(description = "Year or term", example = "2025-2030") @PathParam("period") String period) {
        return TargetView.of(parameters.run(() -> targets.get(parameters.organisation(orgId), period)));
    }
}
