package vn.partydev.admission.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.service.AdmissionCaseList;
import vn.partydev.admission.domain.Introduction;
import vn.partydev.admission.domain.Opinion;
import vn.partydev.admission.domain.VerificationTask;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.admission.service.AdmissionCases;
import vn.partydev.admission.service.AdmissionService;
import vn.partydev.platform.http.Idempotent;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.http.PageResponses;
import vn.partydev.platform.rules.RuleSets;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** The admission procedure (kết nạp đảng viên) as sub-resources of a case, one per step, in the order of DOMAIN 3.3. */
@Path("/api/v1/admission-cases")
@Produces(MediaType.APPLICATION_JSON)
// the view reads the case's steps, so it is built inside the use case's transaction
@Transactional
@Tag(name = "Admission cases", description = "From the application letter to the ceremony")
public class AdmissionCaseResource {

    @Inject
    AdmissionService admissions;
    @Inject
    AdmissionCases cases;
    @Inject
    AdmissionCaseList caseList;
    @Inject
    Clock clock;

    static AdmissionCaseView view(AdmissionCase c) {
        return AdmissionCaseView.of(c, RuleSets.find(c.ruleSet).orElseThrow());
    }

    /** The path of a case in this API, for the sub-resources that name their case. */
    static String caseUrl(UUID caseId) {
        return "/api/v1/admission-cases/" + caseId;
    }

    private static Response created(UriInfo uri, UUID id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(entity).build();
    }

    private static <T> T item(List<T> items, Function<T, UUID> id, UUID wanted, String what) {
        return items.stream().filter(each -> id.apply(each).equals(wanted)).findFirst()
                .orElseThrow(() -> new NotFound(what, wanted));
    }

    @Idempotent
    @POST
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "openAdmissionCase", summary = "Open an admission case",
            description = "Only for a candidate on a cell's list (learnt from candidate events) holding an awareness certificate"
                    + " valid on the opening date (R-CERT-1, learnt from training events). Records the rule set, the cell and"
                    + " the applicant's date of birth as declared in the dossier (events carry only an age; R-AGE-1 needs the date).")
    @APIResponse(responseCode = "201", description = "The case, with its Location")
    @APIResponse(responseCode = "409", description = "The candidate already has an open case")
    @APIResponse(responseCode = "422", description = "Not on a list of your subtree (NOT_ON_LIST: also for a candidate listed"
            + " elsewhere, exactly as for an unknown one), no valid certificate (R-CERT-1), unknown rule set")
    public Response open(@Valid @NotNull OpenCaseRequest request, @Context UriInfo uri) {
        AdmissionCase opened = admissions.open(request.candidateId(), request.openedOn(), request.birthDate(), request.ruleSet());
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id.toString()).build()).entity(view(opened)).build();
    }

    @GET
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "listAdmissionCases", summary = "List the admission cases of the caller's subtree",
            description = "By opening date then id, a page at a time: follow `nextCursor` (or the `Link: rel=\"next\"` header)"
                    + " until it is absent. Filters: `cellId` (a cell in the caller's subtree; 404 otherwise), `state`,"
                    + " `candidateId`, and `overdue` (true: the step the case waits for is past its due date, by the service's"
                    + " clock; false: it is not, or the case waits for nothing with a deadline).")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(schema = @Schema(implementation = AdmissionCasePage.class)))
    @APIResponse(responseCode = "404", description = "cellId is unknown or outside the caller's subtree")
    public Response list(@Parameter(description = "Only the cases of this cell") @QueryParam("cellId") UUID cellId,
                         @Parameter(description = "Only cases in this state", example = "CELL_ADOPTED") @QueryParam("state") CaseState state,
                         @Parameter(description = "Only the cases of this candidate") @QueryParam("candidateId") UUID candidateId,
                         @Parameter(description = "true: only overdue cases; false: only those not overdue", example = "true")
                         @QueryParam("overdue") Boolean overdue,
                         @Parameter(description = "Page size, 1..500 (default 50)", example = "50") @QueryParam("limit") Integer limit,
                         @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
                         @Context UriInfo uri) {
        Page<AdmissionCaseSummary> page = caseList.list(new AdmissionCaseList.Filter(cellId, state, candidateId, overdue),
                Page.limit(limit), cursor).map(c -> AdmissionCaseSummary.of(c, clock));
        return PageResponses.ok(page, uri);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getAdmissionCase", summary = "Read a case", description = "Its state, every step with dates, the rule set and the deadline it waits for.")
    @APIResponse(responseCode = "200", description = "The case")
    public AdmissionCaseView get(@PathParam("id") UUID id) {
        return view(cases.findInScope(id));
    }

    @POST
    @Path("/{id}/application")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordApplication", summary = "Record the application letter", description = "Step 1 (đơn xin vào Đảng); follows the opening.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Step out of order")
    public AdmissionCaseView application(@PathParam("id") UUID id, @Valid @NotNull ApplicationRequest request) {
        return view(admissions.receiveApplication(id, request.receivedOn()));
    }

    @POST
    @Path("/{id}/background")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordBackground", summary = "Record the background declaration", description = "Step 1 (lý lịch); follows the application letter.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Step out of order")
    public AdmissionCaseView background(@PathParam("id") UUID id, @Valid @NotNull BackgroundRequest request) {
        return view(admissions.declareBackground(id, request.declaredOn()));
    }

    @Idempotent
    @POST
    @Path("/{id}/verification-tasks")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "addVerificationTask", summary = "Create a background verification task",
            description = "Step 2 (thẩm tra lý lịch): one task per subject — applicant, parents, parents-in-law, spouse, adult children;"
                    + " may be addressed to another organisation, with a due date.")
    @APIResponse(responseCode = "201", description = "The new task, with its Location and its case (`caseId`, `caseUrl`, `caseState`)",
            content = @Content(schema = @Schema(implementation = VerificationTaskView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or unknown organisation")
    @APIResponse(responseCode = "409", description = "Step out of order")
    public Response addTask(@PathParam("id") UUID id, @Valid @NotNull VerificationTaskRequest request, @Context UriInfo uri) {
        VerificationTask task = admissions.addVerificationTask(id, request.subject(), request.addressedTo(), request.createdOn(),
                request.dueOn());
        return created(uri, task.id, VerificationTaskView.of(task));
    }

    @GET
    @Path("/{id}/verification-tasks/{taskId}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getVerificationTask", summary = "Read a verification task", description = "One task of the case, with the case it belongs to.")
    @APIResponse(responseCode = "200", description = "The task")
    @APIResponse(responseCode = "404", description = "No such case in the caller's subtree, or no such task in it")
    public VerificationTaskView task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return VerificationTaskView.of(item(cases.findInScope(id).verificationTasks, each -> each.id, taskId, "verification task"));
    }

    @POST
    @Path("/{id}/verification-tasks/{taskId}/completion")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "completeVerificationTask", summary = "Complete a verification task", description = "The verification result was received.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case or task")
    @APIResponse(responseCode = "409", description = "Task already closed, or step out of order")
    public AdmissionCaseView completeTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                                          @Valid @NotNull VerificationResultRequest request) {
        return view(admissions.completeVerification(id, taskId, request.completedOn()));
    }

    @POST
    @Path("/{id}/verification-tasks/{taskId}/exemption")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "exemptVerificationTask", summary = "Exempt a relative who is a party member", description = "Only relatives, only members on the roll.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "404", description = "No such case or task")
    @APIResponse(responseCode = "409", description = "The applicant's own task, a closed task, or step out of order")
    @APIResponse(responseCode = "422", description = "The relative is not on the roll (NOT_A_PARTY_MEMBER)")
    public AdmissionCaseView exemptTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                                        @Valid @NotNull VerificationExemptionRequest request) {
        return view(admissions.exemptVerification(id, taskId, request.partyMemberId(), request.exemptedOn()));
    }

    @Idempotent
    @POST
    @Path("/{id}/introductions")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordIntroduction", summary = "Record an introduction",
            description = "Step 3, after verification is complete. R-INTRO-1: exactly two — two official members, or the Youth Union's"
                    + " (required for a Youth Union member aged 30 or less) or the Trade Union's grassroots executive committee plus one"
                    + " official member. R-INTRO-2: the member is official on the date and has known the applicant for 12 months"
                    + " within the same grassroots organisation (knownSince from the request, membership from the roll).")
    @APIResponse(responseCode = "201", description = "The introduction, with its Location and its case (`caseState` is INTRODUCED"
            + " after the second)", content = @Content(schema = @Schema(implementation = IntroductionView.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's subtree")
    @APIResponse(responseCode = "409", description = "Step out of order (verification not complete)")
    @APIResponse(responseCode = "422", description = "R-INTRO-1 or R-INTRO-2")
    public Response introduce(@PathParam("id") UUID id, @Valid @NotNull IntroductionRequest request, @Context UriInfo uri) {
        Introduction introduction = admissions.introduce(id, request.kind(), request.memberId(), request.knownSince(),
                request.introducedOn());
        return created(uri, introduction.id, IntroductionView.of(introduction));
    }

    @GET
    @Path("/{id}/introductions/{introductionId}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getIntroduction", summary = "Read an introduction", description = "One introduction of the case, with the case it belongs to.")
    @APIResponse(responseCode = "200", description = "The introduction")
    @APIResponse(responseCode = "404", description = "No such case in the caller's subtree, or no such introduction in it")
    public IntroductionView introduction(@PathParam("id") UUID id, @PathParam("introductionId") UUID introductionId) {
        return IntroductionView.of(item(cases.findInScope(id).introductions, each -> each.id, introductionId, "introduction"));
    }

    @Idempotent
    @POST
    @Path("/{id}/opinions")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordOpinion", summary = "Record an opinion", description = "Step 4: mass organisations and the residence cell, after the introductions.")
    @APIResponse(responseCode = "201", description = "The opinion, with its Location and its case",
            content = @Content(schema = @Schema(implementation = OpinionRecordView.class)))
    @APIResponse(responseCode = "404", description = "No such case in the caller's subtree")
    @APIResponse(responseCode = "409", description = "Step out of order")
    public Response opinion(@PathParam("id") UUID id, @Valid @NotNull OpinionRequest request, @Context UriInfo uri) {
        Opinion opinion = admissions.recordOpinion(id, request.giver(), request.givenOn(), request.favourable(), request.summary());
        return created(uri, opinion.id, OpinionRecordView.of(opinion));
    }

    @GET
    @Path("/{id}/opinions/{opinionId}")
    @RolesAllowed({"admin", "organiser", "cell", "viewer"})
    @Operation(operationId = "getOpinion", summary = "Read an opinion", description = "One opinion recorded in the case, with the case it belongs to.")
    @APIResponse(responseCode = "200", description = "The opinion")
    @APIResponse(responseCode = "404", description = "No such case in the caller's subtree, or no such opinion in it")
    public OpinionRecordView opinionRecord(@PathParam("id") UUID id, @PathParam("opinionId") UUID opinionId) {
        return OpinionRecordView.of(item(cases.findInScope(id).opinions, each -> each.id, opinionId, "opinion"));
    }

    @POST
    @Path("/{id}/provincial-consents")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "recordProvincialConsent", summary = "Record a provincial consent",
            description = "The provincial standing committee's written consent: OLDER_APPLICANT (R-AGE-1, over 720 months) or"
                    + " LITERACY_ONLY (R-EDU-1, village elders in disadvantaged areas).")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "After the ceremony")
    public AdmissionCaseView consent(@PathParam("id") UUID id, @Valid @NotNull ConsentRequest request) {
        return view(admissions.recordConsent(id, request.kind(), request.consentedOn()));
    }

    @Idempotent
    @POST
    @Path("/{id}/cell-votes")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "recordCellVote", summary = "Record the cell's vote on admitting the candidate",
            description = "Checks at the vote date R-AGE-1, R-EDU-1, R-CERT-1, R-CELL-1 (≥ 3 official members) and R-VOTE-1: the resolution"
                    + " is adopted when yes ≥ ⌈2/3 × eligible⌉, eligible = official members of the cell on the roll minus those named as"
                    + " temporarily away and exempted absentees. A REJECTED resolution is kept and may be retried; the recorded"
                    + " resolution must agree with the counts.")
    @APIResponse(responseCode = "200", description = "The case after the vote")
    @APIResponse(responseCode = "409", description = "Step out of order")
    @APIResponse(responseCode = "422", description = "A rule is broken; `code` names it")
    public AdmissionCaseView cellVote(@PathParam("id") UUID id, @Valid @NotNull CellVoteRequest request) {
        return view(admissions.recordCellVote(id, request.votedOn(), request.yes(), request.no(), request.temporarilyAway(),
                request.exemptedAbsent(), request.resolution() == Resolution.ADOPTED));
    }

    @Idempotent
    @POST
    @Path("/{id}/committee-votes")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "recordCommitteeVote", summary = "Record the grassroots committee's vote",
            description = "Step 7 where the cell sits under a grassroots committee; R-VOTE-2: yes ≥ ⌈2/3 × committee members⌉.")
    @APIResponse(responseCode = "200", description = "The case after the vote")
    @APIResponse(responseCode = "409", description = "Step out of order, or no committee above the cell")
    @APIResponse(responseCode = "422", description = "R-VOTE-2")
    public AdmissionCaseView committeeVote(@PathParam("id") UUID id, @Valid @NotNull CommitteeVoteRequest request) {
        return view(admissions.recordCommitteeVote(id, request.votedOn(), request.members(), request.yes(), request.no(),
                request.resolution() == Resolution.ADOPTED));
    }

    @POST
    @Path("/{id}/decision-extension")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "extendDecisionDeadline", summary = "Extend the decision deadline", description = "R-SLA-1: once, with a reason, granted (`grantedOn`)"
            + " on or before the original due date, to at most 30 working days after it. A second extension, one granted"
            + " after the due date, or one past the limit: 422 R-SLA-1, nothing written.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Step out of order")
    @APIResponse(responseCode = "422", description = "R-SLA-1: granted too late, too long, or a second time")
    public AdmissionCaseView extendDecision(@PathParam("id") UUID id, @Valid @NotNull ExtensionRequest request) {
        return view(admissions.extendDecision(id, request.grantedOn(), request.extendedTo(), request.reason()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({"organiser"})
    @Operation(operationId = "decideAdmission", summary = "Record the admission decision",
            description = "By the organisation that may decide for the cell, on its real date. R-SLA-1 (60 working days after"
                    + " the cell resolution, or the extension) is a duty of the deciding committee, not a condition of validity:"
                    + " a later decision is recorded and flagged (`decisionTiming.late`, `lateWorkingDays`; the same in"
                    + " AdmissionDecided), never refused. Sets the ceremony deadline (R-SLA-2) from the date the decision was received.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Step out of order")
    @APIResponse(responseCode = "422", description = "R-AGE-1 (consent not dated before the decision)")
    public AdmissionCaseView decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return view(admissions.decide(id, request.decidedOn(), request.receivedOn()));
    }

    @POST
    @Path("/{id}/ceremony")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "holdCeremony", summary = "Record the admission ceremony",
            description = "Recorded on its real date. R-SLA-2: due within 30 working days of receiving the decision; a later"
                    + " ceremony is recorded and flagged late (`ceremonyTiming`, MemberAdmitted.late) unless the superior"
                    + " committee's approval, dated on or before it, is given in `superiorApprovalOn`."
                    + " The person joins the member roll as a probationary member; MemberAdmitted is published.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Step out of order")
    @APIResponse(responseCode = "422", description = "R-SLA-2: an approval dated after the ceremony")
    public AdmissionCaseView ceremony(@PathParam("id") UUID id, @Valid @NotNull CeremonyRequest request) {
        return view(admissions.holdCeremony(id, request.heldOn(), request.superiorApprovalOn()));
    }

    @POST
    @Path("/{id}/rejection")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "rejectAdmission", summary = "Reject the case", description = "At any stage before the ceremony.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Already closed, or after the ceremony")
    public AdmissionCaseView reject(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        return view(admissions.reject(id, request.on(), request.reason()));
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({"organiser", "cell"})
    @Operation(operationId = "withdrawAdmissionCase", summary = "Withdraw the case", description = "At any stage before the ceremony.")
    @APIResponse(responseCode = "200", description = "The case")
    @APIResponse(responseCode = "409", description = "Already closed, or after the ceremony")
    public AdmissionCaseView withdraw(@PathParam("id") UUID id, @Valid @NotNull CloseRequest request) {
        return view(admissions.withdraw(id, request.on(), request.reason()));
    }
}
