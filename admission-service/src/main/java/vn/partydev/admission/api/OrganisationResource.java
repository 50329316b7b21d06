package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.service.OrganisationAdministration;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.http.Preconditions;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

@Path("/api/v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The party organisation tree (tổ chức đảng): provinces, communes, committees, cells")
public class OrganisationResource {

    @Inject
    OrganisationAdministration organisations;
    @Inject
    MemberRoll roll;
    @Inject
    Clock clock;

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "registerOrganisation", summary = "Register an organisation",
            description = "Adds a node under a parent in your subtree. Kinds nest as the tree allows (rule ORG-TREE): "
                    + "PROVINCIAL under CENTRAL; COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL under PROVINCIAL; "
                    + "GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, CELL under COMMUNE; PARTIAL_COMMITTEE, CELL under "
                    + "GRASSROOTS_COMMITTEE; CELL under PARTIAL_COMMITTEE. Publishes OrganisationRegistered. "
                    + "Give `validFrom`, the real founding date (not before the parent's), when registering an organisation "
                    + "that already exists: without it the organisation is valid from today, and a member's entry, a transfer, "
                    + "an admission case or a vote dated before `validFrom` (or on or after a retirement's `validTo`) is refused "
                    + "with 422 R-ORG-1. The CSV import takes the same date in `ngay_thanh_lap` (default: the parent's date).")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "404", description = "The parent does not exist or lies outside your subtree")
    @APIResponse(responseCode = "409", description = "The code is used by a current organisation (code DUPLICATE)")
    @APIResponse(responseCode = "422", description = "This kind cannot sit under the parent (code ORG-TREE)")
    public Response register(@Valid @NotNull OrganisationRequest request) {
        Organisation organisation = organisations.register(request.toCommand());
        return Response.created(URI.create("/api/v1/organisations/" + organisation.id))
                .tag(ETags.of(organisation.version)).entity(OrganisationView.of(organisation)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer", "trainer"})
    @Operation(operationId = "listOrganisations", summary = "List organisations of your subtree",
            description = "Ordered by code. Filters: parent, kind, and q, an accent-insensitive part of the name "
                    + "(\"thon dong\" finds \"Thôn Đông\"). Retired organisations only with includeRetired=true. "
                    + "Pages by keyset: pass nextCursor back as cursor.")
    @APIResponse(responseCode = "200", description = "One page {items, nextCursor}; Link rel=next when more",
            content = @Content(schema = @Schema(implementation = OrganisationPage.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1..500 or a cursor this list did not give out")
    public Response list(@Parameter(description = "Only the direct children of this organisation") @QueryParam("parentId") UUID parentId,
                         @Parameter(description = "Only this kind") @QueryParam("kind") OrganisationKind kind,
                         @Parameter(description = "Part of the name, accents optional", example = "thon dong") @QueryParam("q") String q,
                         @Parameter(description = "Include retired organisations") @QueryParam("includeRetired") boolean includeRetired,
                         @Parameter(description = "Page size, 1..500 (default 50)") @QueryParam("limit") Integer limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        Page<OrganisationView> page = organisations.list(parentId, kind, q, includeRetired, Page.limit(limit), cursor)
                .map(OrganisationView::of);
        return PageResponses.ok(page, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer", "trainer"})
    @Operation(operationId = "getOrganisation", summary = "Read an organisation with its lineage and children",
            description = "Answers 404 for an organisation outside your subtree, as for one that does not exist. "
                    + "For a cell, also the members on the roll today and how many are official.")
    @APIResponse(responseCode = "200", description = "The organisation; ETag carries its version",
            content = @Content(schema = @Schema(implementation = OrganisationDetail.class)))
    public Response get(@PathParam("id") UUID id) {
        Organisation organisation = organisations.findInScope(id);
        LocalDate today = LocalDate.now(clock);
        boolean cell = organisation.kind.isCell();
        OrganisationDetail detail = new OrganisationDetail(OrganisationView.of(organisation),
                organisations.lineage(organisation).stream().map(OrganisationView::of).toList(),
                organisations.children(organisation).stream().map(OrganisationView::of).toList(),
                cell ? roll.memberCount(id, today) : null, cell ? roll.officialMemberCount(id, today) : null);
        return Response.ok(detail).tag(ETags.of(organisation.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "replaceOrganisation", summary = "Replace an organisation's changeable fields",
            description = "Requires If-Match with the ETag read. A different parentId moves the organisation and "
                    + "re-paths its whole subtree (members and residential areas included). Publishes "
                    + "OrganisationUpdated for it and for every moved descendant.")
    @APIResponse(responseCode = "200", description = "The organisation after the change",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed")
    @APIResponse(responseCode = "404", description = "The organisation or the new parent is unknown or outside your subtree")
    @APIResponse(responseCode = "409", description = "Retired, or the code is taken (DUPLICATE)")
    @APIResponse(responseCode = "422", description = "The new parent cannot hold this kind, or lies inside its own subtree (ORG-TREE)")
    public Response replace(@PathParam("id") UUID id, @Valid @NotNull OrganisationChange change, @Context HttpHeaders headers) {
        Organisation organisation = organisations.change(id, version -> Preconditions.requireIfMatch(headers, version), change.toCommand());
        return Response.ok(OrganisationView.of(organisation)).tag(ETags.of(organisation.version)).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "updateOrganisation", summary = "Change some fields of an organisation",
            description = "As PUT, for the fields present. Requires If-Match.")
    @APIResponse(responseCode = "200", description = "The organisation after the change",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "A field is malformed")
    @APIResponse(responseCode = "409", description = "Retired, or the code is taken (DUPLICATE)")
    @APIResponse(responseCode = "422", description = "The new parent cannot hold this kind (ORG-TREE)")
    public Response patch(@PathParam("id") UUID id, @Valid @NotNull OrganisationPatch patch, @Context HttpHeaders headers) {
        Organisation current = organisations.findInScope(id);
        Organisation organisation = organisations.change(id, version -> Preconditions.requireIfMatch(headers, version), patch.applyTo(current));
        return Response.ok(OrganisationView.of(organisation)).tag(ETags.of(organisation.version)).build();
    }

    @POST
    @Path("/{id}/retirement")
    @RolesAllowed({"admin", "organiser"})
    @Operation(operationId = "retireOrganisation", summary = "Retire an organisation, or merge it into a successor",
            description = "Keeps its history: the row stays, with validTo = date and successorId. With a successor, "
                    + "its current child organisations move under the successor and its members transfer to it on "
                    + "that date (MemberTransferred each); without one it must already be empty. Requires If-Match. "
                    + "Publishes OrganisationRetired.")
    @APIResponse(responseCode = "200", description = "The retired organisation",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Date missing, in the future or before the organisation existed")
    @APIResponse(responseCode = "404", description = "The organisation or successor is unknown or outside your subtree")
    @APIResponse(responseCode = "409", description = "Already retired, or not empty and no successor named (ORGANISATION_NOT_EMPTY)")
    @APIResponse(responseCode = "422", description = "The successor cannot take its children or members (ORG-TREE)")
    public Response retire(@PathParam("id") UUID id, @Valid @NotNull RetirementRequest retirement, @Context HttpHeaders headers) {
        Organisation organisation = organisations.retire(id, version -> Preconditions.requireIfMatch(headers, version),
                retirement.date(), retirement.successorId());
        return Response.ok(OrganisationView.of(organisation)).tag(ETags.of(organisation.version)).build();
    }
}
