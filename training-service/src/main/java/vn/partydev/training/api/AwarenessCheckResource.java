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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.training.service.AwarenessCheckService;
import vn.partydev.training.service.EnrolmentService;

@Path("/api/v1/classes/{classId}/enrolments/{personId}")
@Tag(name = "Awareness checks", description = "Examinations (kiểm tra nhận thức), essays (bài thu hoạch) and re-examinations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AwarenessCheckResource {

    private final AwarenessCheckService checks;
    private final EnrolmentService enrolments;

    AwarenessCheckResource(AwarenessCheckService checks, EnrolmentService enrolments) {
        this.checks = checks;
        this.enrolments = enrolments;
    }

    @POST
    @Path("/check-attempts")
    @Idempotent
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "recordCheckAttempt", summary = "Record an awareness-check attempt",
            description = "Records one examination of the trainee by the council, in a class that requires the check. "
                    + "Allowed for the first attempt, and after a failure only once an essay (bài thu hoạch) has been "
                    + "submitted and accepted, at a later date than the failed attempt. A pass ends the check. Every "
                    + "attempt is kept. Publishes AwarenessCheckPassed or AwarenessCheckFailed. Accepts Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "The recorded attempt",
            content = @Content(schema = @Schema(implementation = CheckAttemptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    @APIResponse(responseCode = "409", description = "ESSAY_NOT_ACCEPTED: the last attempt failed and no essay has been "
            + "accepted since; CHECK_ALREADY_PASSED; STEP_OUT_OF_ORDER: not later than the previous step; CHECK_NOT_REQUIRED; "
            + "TRAINEE_WITHDRAWN; CLASS_COMPLETED")
    public Response recordAttempt(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId,
                                  @NotNull @Valid CheckAttemptRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(CheckAttemptView.of(checks.recordAttempt(classId, personId, request.toCommand()))).build();
    }

    @GET
    @Path("/check-attempts")
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "listCheckAttempts", summary = "The trainee's awareness-check attempts", description = "Every attempt, in order.")
    @APIResponse(responseCode = "200", description = "The attempts")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    public List<CheckAttemptView> attempts(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId) {
        return checks.attempts(enrolments.find(classId, personId).id).stream().map(CheckAttemptView::of).toList();
    }

    @POST
    @Path("/essays")
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "submitEssay", summary = "Hand in an essay",
            description = "Records the essay (bài thu hoạch) a trainee wrote after a failed attempt; it awaits review.")
    @APIResponse(responseCode = "201", description = "The essay",
            content = @Content(schema = @Schema(implementation = EssayView.class)))
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    @APIResponse(responseCode = "409", description = "NO_ESSAY_DUE: the last attempt did not fail, or an essay awaits "
            + "review; STEP_OUT_OF_ORDER: dated before the failed attempt")
    public Response submitEssay(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId,
                                @Valid EssayRequest request) {
        var essay = checks.submitEssay(classId, personId, request == null ? null : request.submittedOn());
        return Response.status(Response.Status.CREATED).entity(EssayView.of(essay)).build();
    }

    @POST
    @Path("/essay-reviews")
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "reviewEssay", summary = "Review the submitted essay",
            description = "Accepting the essay allows the next attempt (publishes EssayAccepted); rejecting it makes a new "
                    + "essay due.")
    @APIResponse(responseCode = "200", description = "The reviewed essay",
            content = @Content(schema = @Schema(implementation = EssayView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    @APIResponse(responseCode = "409", description = "NO_ESSAY_SUBMITTED: no essay awaits review; STEP_OUT_OF_ORDER")
    public EssayView reviewEssay(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId,
                                 @NotNull @Valid EssayReviewRequest request) {
        return EssayView.of(checks.reviewEssay(classId, personId, request.reviewedOn(), request.accepted(), request.note()));
    }

    @GET
    @Path("/essays")
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "listEssays", summary = "The trainee's essays", description = "Every essay and its review, in order.")
    @APIResponse(responseCode = "200", description = "The essays")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or the person is not enrolled")
    public List<EssayView> essays(@PathParam("classId") UUID classId, @PathParam("personId") UUID personId) {
        return checks.essays(enrolments.find(classId, personId).id).stream().map(EssayView::of).toList();
    }
}
