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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.training.domain.Enrolment;
import vn.partydev.training.service.EnrolmentService;

@Path("/api/v1/classes/{classId}/enrolments")
@Tag(name = "Enrolments", description = "Trainees of a class")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    private final EnrolmentService enrolments;

    EnrolmentResource(EnrolmentService enrolments) {
        this.enrolments = enrolments;
    }

    @POST
    @Idempotent
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "enrolTrainee", summary = "Enrol a trainee",
            description = "Enrols a candidate on a cell's list in an AWARENESS class, or a probationary member in a "
                    + "NEW_MEMBER_THEORY class (as known from candidate-service and admission-service events). R-TRAIN-1: "
                    + "the class takes no more active trainees than its capacity, and a person is enrolled at most once per "
                    + "class (a withdrawn trainee is not enrolled again). Publishes TraineeEnrolled. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Enrolled; Location names the enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "409", description = "DUPLICATE: already enrolled in this class; CLASS_COMPLETED")
    @APIResponse(responseCode = "422", description = "R-TRAIN-1: the class is full; TRAINEE_NOT_ELIGIBLE: not a listed "
            + "candidate (awareness) or not a probationary member (new-member theory)")
    public Response enrol(@PathParam("classId") UUID classId, @NotNull @Valid EnrolRequest request, @Context UriInfo uri) {
        Enrolment enrolment = enrolments.enrol(classId, request.personId(), request.enrolledOn());
        return Response.created(uri.getAbsolutePathBuilder().path(enrolment.personId.toString()).build())
                .entity(EnrolmentView.of(enrolment)).build();
    }

    @GET
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "listEnrolments", summary = "The class roster",
            description = "Every enrolment of the class, withdrawn ones included, by enrolment date (bounded by the capacity "
                    + "plus the withdrawn, so not paginated).")
    @APIResponse(responseCode = "200", description = "The roster")
    public List<EnrolmentView> roster(@PathParam("classId") UUID classId) {
        return enrolments.roster(classId).stream().map(EnrolmentView::of).toList();
    }

    @GET
    @Path("/{personId}")
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment", description = "A trainee's enrolment, awareness-check state and outcome.")
    @APIResponse(responseCode = "200", description = "The enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    public EnrolmentView find(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId) {
        return EnrolmentView.of(enrolments.find(classId, personId));
    }

    @POST
    @Path("/{personId}/withdrawal")
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "withdrawTrainee", summary = "Withdraw a trainee",
            description = "The trainee leaves the class and frees a place; the enrolment is kept (withdrawn) and the person "
                    + "cannot be enrolled in this class again. Publishes TraineeWithdrawn.")
    @APIResponse(responseCode = "200", description = "The withdrawn enrolment",
            content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request (a reason is required)")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    @APIResponse(responseCode = "409", description = "TRAINEE_WITHDRAWN: already withdrawn; CLASS_COMPLETED; "
            + "STEP_OUT_OF_ORDER: dated before the enrolment")
    public EnrolmentView withdraw(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId,
                                  @NotNull @Valid WithdrawalRequest request) {
        return EnrolmentView.of(enrolments.withdraw(classId, personId, request.withdrawnOn(), request.reason()));
    }
}
