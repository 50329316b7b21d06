package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.domain.MemberRoll;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.admission.service.ResidentialAreaAdministration;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.http.Preconditions;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/residential-areas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Residential areas", description = "Thôn, bản, ấp, tổ dân phố of a commune, and the cell covering each")
public class ResidentialAreaResource {

    @Inject
    ResidentialAreaAdministration areas;
    @Inject
    MemberRoll roll;

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "registerResidentialArea", summary = "Register a residential area",
            description = "The commune must be a current COMMUNE of your subtree; a covering cell must be a current cell "
                    + "of that commune (AREA-COMMUNE). Publishes ResidentialAreaRegistered.")
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = ResidentialAreaView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "404", description = "The commune or cell is unknown or outside your subtree")
    @APIResponse(responseCode = "409", description = "The commune already has an area of that name (DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Not a commune, or the cell does not belong to it (AREA-COMMUNE)")
    public Response register(@Valid @NotNull ResidentialAreaRequest request) {
        ResidentialArea area = areas.register(request.toState());
        return Response.created(URI.create("/api/v1/residential-areas/" + area.id)).tag(ETags.of(area.version))
                .entity(ResidentialAreaView.of(area, 0)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "listResidentialAreas", summary = "List residential areas of your subtree", description = "Ordered by name; q is accent-insensitive.")
    @APIResponse(responseCode = "200", description = "One page {items, nextCursor}",
            content = @Content(schema = @Schema(implementation = ResidentialAreaPage.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1..500 or a bad cursor")
    public Response list(@Parameter(description = "Only areas of this commune") @QueryParam("communeId") UUID communeId,
                         @Parameter(description = "Part of the name, accents optional") @QueryParam("q") String q,
                         @Parameter(description = "Only (non-)disadvantaged areas") @QueryParam("disadvantaged") Boolean disadvantaged,
                         @Parameter(description = "Page size, 1..500 (default 50)") @QueryParam("limit") Integer limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        Page<ResidentialAreaView> page = areas.list(communeId, q, disadvantaged, Page.limit(limit), cursor)
                .map(area -> ResidentialAreaView.of(area, null));
        return PageResponses.ok(page, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getResidentialArea", summary = "Read a residential area", description = "With the number of members on the roll living there today.")
    @APIResponse(responseCode = "200", description = "The area",
            content = @Content(schema = @Schema(implementation = ResidentialAreaView.class)))
    public Response get(@PathParam("id") UUID id) {
        ResidentialArea area = areas.findInScope(id);
        return Response.ok(ResidentialAreaView.of(area, roll.currentMembersLivingIn(id))).tag(ETags.of(area.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "replaceResidentialArea", summary = "Change a residential area",
            description = "Replaces its state; requires If-Match. Publishes ResidentialAreaRegistered with the new state.")
    @APIResponse(responseCode = "200", description = "The area after the change",
            content = @Content(schema = @Schema(implementation = ResidentialAreaView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "409", description = "Name taken in the commune (DUPLICATE)")
    @APIResponse(responseCode = "422", description = "AREA-COMMUNE")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull ResidentialAreaRequest request, @Context HttpHeaders headers) {
        ResidentialArea area = areas.change(id, version -> Preconditions.requireIfMatch(headers, version), request.toState());
        return Response.ok(ResidentialAreaView.of(area, null)).tag(ETags.of(area.version)).build();
    }
}
