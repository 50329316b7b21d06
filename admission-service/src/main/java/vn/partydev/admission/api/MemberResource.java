package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.service.MemberAdministration;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;

import java.net.URI;
import java.util.UUID;

@Path("/api/v1/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member roll", description = "Party members (đảng viên): registration, search, transfer between cells, leaving")
public class MemberResource {

    @Inject
    MemberAdministration members;

    @POST
    @Idempotent
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "registerMember", summary = "Put an existing member on the roll",
            description = "For members admitted before the system (new admissions arrive through the procedure). "
                    + "The cell must be a current cell of your subtree. Checks: 12-digit citizen id unique on the roll "
                    + "(409 DUPLICATE), at least 18 years old on the day of entry (R-AGE-1), an OFFICIAL member's "
                    + "official date at least 12 months after entry (R-PROB-1), no date in the future. Publishes "
                    + "MemberRegistered (codes only).")
    @APIResponse(responseCode = "201", description = "On the roll",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or malformed, or a date is in the future")
    @APIResponse(responseCode = "404", description = "The cell or residential area is unknown, or the cell is outside your subtree")
    @APIResponse(responseCode = "409", description = "The citizen id is already on the roll (DUPLICATE)")
    @APIResponse(responseCode = "422", description = "Not a current cell (ORG-CELL), too young (R-AGE-1) or official too early (R-PROB-1)")
    public Response register(@Valid @NotNull MemberRequest request) {
        Member member = members.register(request.toCommand());
        return Response.created(URI.create("/api/v1/members/" + member.id)).tag(ETags.of(member.version))
                .entity(MemberView.of(member)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "listMembers", summary = "Search the roll of your subtree",
            description = "By cell, accent-insensitive name (q: \"nguyen thi hoa\" finds \"Nguyễn Thị Hoa\") and status; "
                    + "members who left only with includeLeft=true. Ordered by name. Each name read is written to "
                    + "the personal-data access log.")
    @APIResponse(responseCode = "200", description = "One page {items, nextCursor}; Link rel=next when more",
            content = @Content(schema = @Schema(implementation = MemberPage.class)))
    @APIResponse(responseCode = "400", description = "limit outside 1..500 or a cursor this list did not give out")
    @APIResponse(responseCode = "404", description = "The cell is unknown or outside your subtree")
    public Response search(@Parameter(description = "Only members of this cell") @QueryParam("cellId") UUID cellId,
                           @Parameter(description = "Part of the name, accents optional", example = "nguyen hoa") @QueryParam("q") String q,
                           @Parameter(description = "Only this status") @QueryParam("status") MemberStatus status,
                           @Parameter(description = "Include members who left") @QueryParam("includeLeft") boolean includeLeft,
                           @Parameter(description = "Page size, 1..500 (default 50)") @QueryParam("limit") Integer limit,
                           @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                           @Context UriInfo uri) {
        Page<MemberSummary> page = members.search(cellId, q, status, includeLeft, Page.limit(limit), cursor).map(MemberSummary::of);
        return PageResponses.ok(page, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getMember", summary = "Read a member", description = "404 outside your subtree. Written to the personal-data access log.")
    @APIResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    public Response get(@PathParam("id") UUID id) {
        Member member = members.read(id, "member record");
        return Response.ok(MemberView.of(member)).tag(ETags.of(member.version)).build();
    }

    @POST
    @Path("/{id}/transfer")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "transferMember", summary = "Transfer a member to another cell",
            description = "From the given date the member belongs to the receiving cell: counts of both cells for any "
                    + "day stay exact. The receiving cell must be a current cell of your subtree: a transfer between "
                    + "two communes is made by an organiser of an organisation above both (the province for two of its "
                    + "communes). A cell outside your subtree answers 404 exactly like an unknown one. "
                    + "Publishes MemberTransferred.")
    @APIResponse(responseCode = "200", description = "The member after the transfer",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, or the date is in the future")
    @APIResponse(responseCode = "404", description = "The member or the receiving cell is unknown or outside your subtree")
    @APIResponse(responseCode = "409", description = "The member left, is already in that cell, or the date is not after the current stay began")
    @APIResponse(responseCode = "422", description = "The target is not a current cell (ORG-CELL)")
    public MemberView transfer(@PathParam("id") UUID id, @Valid @NotNull TransferRequest transfer) {
        return MemberView.of(members.transfer(id, transfer.toCellId(), transfer.date()));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed({"admin", "organiser", "cell"})
    @Operation(operationId = "recordMemberLeaving", summary = "Take a member off the roll",
            description = "From the given date the member is on no cell's roll. Publishes MemberLeft with the reason code.")
    @APIResponse(responseCode = "200", description = "The member after leaving",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing, or the date is in the future")
    @APIResponse(responseCode = "409", description = "Already left, or the date is before the current stay began")
    public MemberView leave(@PathParam("id") UUID id, @Valid @NotNull LeaveRequest leave) {
        return MemberView.of(members.leave(id, leave.reason(), leave.date()));
    }
}
