package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.HelperAssignment;
import vn.partydev.candidate.domain.HelperRule;
import vn.partydev.candidate.domain.MemberReplica;
import vn.partydev.platform.events.candidate.HelperAssigned;
import vn.partydev.platform.events.candidate.HelperReleased;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;
import vn.partydev.platform.scope.CallerScope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Helping members (đảng viên giúp đỡ): assignment under R-CAND-2, and release. */
@ApplicationScoped
public class HelperService {

    private final CandidateService candidates;
    private final CellDirectory cells;
    private final Outbox outbox;
    private final CandidateHistory history;
    private final CallerScope scope;

    HelperService(CandidateService candidates, CellDirectory cells, Outbox outbox, CandidateHistory history, CallerScope scope) {
        this.candidates = candidates;
        this.cells = cells;
        this.outbox = outbox;
        this.history = history;
        this.scope = scope;
    }

    /** The assignment made, and the R-CAND-2 warning when the member has been official only briefly. */
    public record Assigned(HelperAssignment assignment, Optional<String> warning) {
    }

    @Transactional
    public Assigned assign(UUID candidateId, UUID memberId, LocalDate assignedOn) {
        Candidate candidate = candidates.inScope(candidateId);
        requireBeforeAdmission(candidate);
        MemberReplica member = MemberReplica.findById(memberId);
        if (member != null && (member.cellId == null || cells.inScope(member.cellId, scope).isEmpty())) {
            member = null;   // a member outside the caller's subtree answers exactly like one not on the roll
        }
        UUID candidateGrassroots = cells.grassrootsOf(candidate.cellId).orElse(null);
        UUID memberGrassroots = member == null ? null : cells.grassrootsOf(member.cellId).orElse(null);
        Optional<String> warning = HelperRule.check(memberId, member, memberGrassroots, candidateGrassroots, assignedOn,
                ruleSetOf(candidate));
        HelperAssignment assignment = HelperAssignment.start(candidateId, memberId, assignedOn);
        assignment.persist();
        history.record(candidateId, "HELPER_ASSIGNED", assignedOn, scope.subject(),
                "member " + memberId + warning.map(w -> "; warning " + HelperRule.RULE).orElse(""));
        outbox.publish(new HelperAssigned(candidateId, memberId, assignedOn), List.of(candidate.organisationPath));
        return new Assigned(assignment, warning);
    }

    @Transactional
    public HelperAssignment release(UUID candidateId, UUID assignmentId, LocalDate releasedOn) {
        Candidate candidate = candidates.inScope(candidateId);
        HelperAssignment assignment = HelperAssignment.findById(assignmentId);
        if (assignment == null || !assignment.candidateId.equals(candidateId)) {
            throw new NotFound("helper assignment", assignmentId);
        }
        assignment.release(releasedOn);
        history.record(candidateId, "HELPER_RELEASED", releasedOn, scope.subject(), "member " + assignment.memberId);
        outbox.publish(new HelperReleased(candidateId, assignment.memberId, releasedOn), List.of(candidate.organisationPath));
        return assignment;
    }

    static void requireBeforeAdmission(Candidate candidate) {
        if (!candidate.status.isBeforeAdmission()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the candidate is " + candidate.status
                    + "; helpers and trial tasks belong to the time before admission");
        }
    }

    private static RuleSet ruleSetOf(Candidate candidate) {
        return RuleSets.find(candidate.ruleSet).orElse(RuleSets.defaultSet());
    }
}
