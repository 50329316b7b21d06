package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.admission.service.RecognitionService;

import java.util.UUID;

/** Probation and recognition (chuyển Đảng chính thức) of the member admitted by a case. */
@Path("/api/v1/admission-cases/{id}/probation")
@Produces(MediaType.APPLICATION_JSON)
// the view reads the case's steps, so it is built inside the use case's transaction
@Transactional
@Tag(name = "Probation and recognition", description = "From the ceremony to official membership or strike-off")
public class ProbationResource {

    @Inject
    RecognitionService recognition;

    @POST
    @Path("/helper")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "assignProbationHelper", summary = "Assign the probationary member's helper", description = "An official member of the same cell on that day.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Not in probation")
    @APIResponse(responseCode = "422", description = "The helper is not an official member of the cell (R-CAND-2)")
    public AdmissionCaseView helper(@PathParam("id") UUID id, @Valid @NotNull HelperRequest request) {
        return AdmissionCaseResource.view(recognition.assignHelper(id, request.memberId(), request.assignedOn()));
    }

    @Idempotent
    @POST
    @Path("/votes")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordRecognitionVote", summary = "Record a recognition vote",
            description = "After the 12 months of probation (R-PROB-1), with a new-member theory certificate (R-CERT-2); electorate from"
                    + " the roll (R-CELL-1, R-VOTE-1). Adopted when yes reaches ⌈2/3 × eligible⌉, refused when no does, otherwise"
                    + " inconclusive; the third inconclusive vote escalates to the superior committee (R-VOTE-3). Due within 30"
                    + " working days after probation (R-SLA-3).")
    @APIResponse(responseCode = "200", description = "The case after the vote")
    @APIResponse(responseCode = "409", description = "Not in probation")
    @APIResponse(responseCode = "422", description = "R-PROB-1, R-CERT-2, R-CELL-1 or R-VOTE-1")
    public AdmissionCaseView vote(@PathParam("id") UUID id, @Valid @NotNull RecognitionVoteRequest request) {
        return AdmissionCaseResource.view(recognition.recordVote(id, request.votedOn(), request.yes(), request.no(),
                request.temporarilyAway(), request.exemptedAbsent()));
    }

    @POST
    @Path("/decision-extension")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "extendRecognitionDeadline", summary = "Extend the recognition decision deadline", description = "R-SLA-3: once, with a reason, granted"
            + " (`grantedOn`) on or before the original due date, to at most 30 working days after it; otherwise 422 R-SLA-3.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "No recognition vote to decide on")
    @APIResponse(responseCode = "422", description = "R-SLA-3")
    public AdmissionCaseView extend(@PathParam("id") UUID id, @Valid @NotNull ExtensionRequest request) {
        return AdmissionCaseResource.view(recognition.extendDecision(id, request.grantedOn(), request.extendedTo(), request.reason()));
    }

    @POST
    @Path("/decision")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "decideRecognition", summary = "Decide on the probationary member",
            description = "RECOGNISED: official from exactly ceremony + 12 months however late (R-DATE-1), the roll says OFFICIAL,"
                    + " MemberRecognised is published. STRUCK_OFF: the member leaves the roll, MemberStruckOff is published."
                    + " The decision is due within 30 working days of the recognition vote, or by the extended date (R-SLA-3);"
                    + " a later one is recorded on its real date and flagged (`recognitionTiming.late`, `lateWorkingDays`;"
                    + " the same in MemberRecognised / MemberStruckOff), never refused; the official date does not depend"
                    + " on it (R-DATE-1). The deadlines queue shows it overdue until then.")
    @APIResponse(responseCode = "200", description = "The closed case")
    @APIResponse(responseCode = "409", description = "Step out of order (RECOGNISED needs an adopted vote or an escalation)")
    public AdmissionCaseView decide(@PathParam("id") UUID id, @Valid @NotNull RecognitionDecisionRequest request) {
        return AdmissionCaseResource.view(request.outcome() == RecognitionOutcome.RECOGNISED
                ? recognition.recognise(id, request.decidedOn())
                : recognition.strikeOff(id, request.decidedOn(), request.reason()));
    }
}
