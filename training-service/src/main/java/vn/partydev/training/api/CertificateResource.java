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
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.training.service.CertificateService;
import vn.partydev.training.service.PageRequest;

/**
 * Certificates. A number contains '/' ({@code TTCT-Q1/2026/000042}); it is used in the path as it is, slashes
 * included: {@code GET /api/v1/certificates/TTCT-Q1/2026/000042}.
 */
@Path("/api/v1/certificates")
@Tag(name = "Certificates", description = "Verification, a person's certificates, certificates about to expire, revocation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    private final CertificateService certificates;

    CertificateResource(CertificateService certificates) {
        this.certificates = certificates;
    }

    @GET
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "listCertificates", summary = "List certificates of a person, or those about to expire",
            description = "Exactly one of: `personId` — the person's certificates by issue date; `expiringWithin` — an "
                    + "ISO-8601 period such as P90D: unrevoked certificates valid today whose validUntil falls within "
                    + "today + period (inclusive), soonest first, so that cells re-train candidates before the certificate "
                    + "lapses ahead of their cell vote (R-CERT-1). Only certificates issued in the caller's subtree or held "
                    + "by people of cells in it. Keyset-paginated.")
    @APIResponse(responseCode = "200", description = "A page of certificates: {items, nextCursor}",
            content = @Content(schema = @Schema(implementation = CertificatePage.class)))
    @APIResponse(responseCode = "400", description = "Neither or both filters; an invalid period, limit or cursor")
    public Response list(
            @Parameter(description = "The holder", example = "8d2f7a3c-1e4b-4c6d-9f0a-2b3c4d5e6f70") @QueryParam("personId") UUID personId,
            @Parameter(description = "ISO-8601 period", example = "P90D") @QueryParam("expiringWithin") String expiringWithin,
            @Parameter(description = "Page size (default 50, at most 500)") @QueryParam("limit") Integer limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Context UriInfo uri) {
        if ((personId == null) == (expiringWithin == null)) {
            throw new BadRequest("FILTER_REQUIRED", "give exactly one of personId and expiringWithin");
        }
        PageRequest page = PageRequest.of(limit, cursor);
        var found = personId != null
                ? certificates.ofPerson(personId, page)
                : certificates.expiringWithin(period(expiringWithin), page);
        LocalDate today = certificates.today();
        return PageResponses.ok(found.map(certificate -> CertificateView.of(certificate, today)), uri);
    }

    @GET
    @Path("/{number: [^/]+/[0-9][0-9][0-9][0-9]/[0-9]+}")
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "getCertificate", summary = "Verify a certificate by its number",
            description = "Looks up the certificate printed with this number, e.g. GET /api/v1/certificates/TTCT-Q1/2026/000042 "
                    + "(the number as printed, its slashes part of the path), and tells whether it is VALID, EXPIRED or "
                    + "REVOKED today.")
    @APIResponse(responseCode = "200", description = "The certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "404", description = "No such certificate visible to the caller")
    public CertificateView find(@PathParam("number") String number) {
        return CertificateView.of(certificates.byNumber(number), certificates.today());
    }

    @POST
    @Path("/{number: [^/]+/[0-9][0-9][0-9][0-9]/[0-9]+}/revocation")
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate",
            description = "The certificate stops counting for any rule from the revocation date. The reason stays in "
                    + "training-service. Publishes CertificateRevoked.")
    @APIResponse(responseCode = "200", description = "The revoked certificate",
            content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (a reason is required)")
    @APIResponse(responseCode = "404", description = "No such certificate visible to the caller")
    @APIResponse(responseCode = "409", description = "ALREADY_REVOKED; STEP_OUT_OF_ORDER: dated before the issue")
    public CertificateView revoke(@PathParam("number") String number, @NotNull @Valid RevocationRequest request) {
        return CertificateView.of(certificates.revoke(number, request.revokedOn(), request.reason()), certificates.today());
    }

    private static Period period(String text) {
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                throw new BadRequest("INVALID_PERIOD", "expiringWithin must be a positive period, was " + text);
            }
            return period;
        } catch (DateTimeParseException e) {
            throw new BadRequest("INVALID_PERIOD", "expiringWithin must be an ISO-8601 period such as P90D, was " + text);
        }
    }
}
