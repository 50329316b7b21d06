package vn.partydev.training.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.ETags;
import vn.partydev.platform.http.Preconditions;
import vn.partydev.training.domain.SessionAttendance;
import vn.partydev.training.service.AttendanceService;

@Path("/api/v1/classes/{classId}/sessions/{session}/attendance")
@Tag(name = "Attendance", description = "Who was present at each session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private final AttendanceService attendance;

    AttendanceResource(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @GET
    @RolesAllowed({"trainer", "organiser", "admin", "viewer", "cell"})
    @Operation(operationId = "getAttendance", summary = "Read a session's attendance",
            description = "The trainees present at session n (1..plannedSessions); an unrecorded session is empty. The ETag "
                    + "is what a replacing PUT sends as If-Match.")
    @APIResponse(responseCode = "200", description = "The attendance",
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or no such session")
    public Response find(@PathParam("classId") UUID classId, @PathParam("session") int session) {
        SessionAttendance found = attendance.find(classId, session);
        return Response.ok(AttendanceView.of(found)).tag(ETags.of(found.version)).build();
    }

    @PUT
    @RolesAllowed({"trainer", "organiser", "admin"})
    @Operation(operationId = "recordAttendance", summary = "Record a session's attendance",
            description = "Sets the trainees present at session n (1..plannedSessions); the others were absent. The first "
                    + "recording needs no precondition; replacing a recorded session requires If-Match with its ETag "
                    + "(428 without, 412 when stale). Attendance counts towards R-TRAIN-2 at completion.")
    @APIResponse(responseCode = "200", description = "The recorded attendance, with its new ETag",
            content = @Content(schema = @Schema(implementation = AttendanceView.class)))
    @APIResponse(responseCode = "400", description = "NOT_ENROLLED: a present person is not an active trainee; invalid body")
    @APIResponse(responseCode = "404", description = "No such class in the caller's subtree, or no such session")
    @APIResponse(responseCode = "409", description = "CLASS_COMPLETED")
    public Response record(@PathParam("classId") UUID classId, @PathParam("session") int session,
                           @NotNull @Valid AttendanceRequest request, @Context HttpHeaders headers) {
        SessionAttendance recorded = attendance.record(classId, session, request.present(),
                version -> Preconditions.requireIfMatch(headers, version));
        return Response.ok(AttendanceView.of(recorded)).tag(ETags.of(recorded.version)).build();
    }
}
