package vn.partydev.platform.testapp;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import vn.partydev.platform.events.candidate.HelperAssigned;

/** Test-only endpoint: assigns a helper over HTTP, so the outbox is exercised from a request. */
@Path("/test/assignments")
public class AssignmentResource {

    private final Assignments assignments;

    public AssignmentResource(Assignments assignments) {
        this.assignments = assignments;
    }

    @POST
    @PermitAll
    public HelperAssigned assign(HelperAssigned request) {
        return assignments.assign(request.candidateId(), request.helperMemberId(), request.assignedOn());
    }
}
