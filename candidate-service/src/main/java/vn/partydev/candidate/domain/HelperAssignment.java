package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.ProblemError;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An official member assigned to help a candidate (đảng viên giúp đỡ), until released. */
@Entity
@Table(name = "helper_assignment")
public class HelperAssignment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "assigned_on")
    public LocalDate assignedOn;
    @Column(name = "released_on")
    public LocalDate releasedOn;

    public static HelperAssignment start(UUID candidateId, UUID memberId, LocalDate assignedOn) {
        if (count("candidateId = ?1 and memberId = ?2 and releasedOn is null", candidateId, memberId) > 0) {
            throw new Conflict("DUPLICATE", "member " + memberId + " already helps this candidate");
        }
        HelperAssignment assignment = new HelperAssignment();
        assignment.id = UUID.randomUUID();
        assignment.candidateId = candidateId;
        assignment.memberId = memberId;
        assignment.assignedOn = assignedOn;
        return assignment;
    }

    public static List<HelperAssignment> of(UUID candidateId) {
        return list("candidateId = ?1 order by assignedOn, id", candidateId);
    }

    public void release(LocalDate on) {
        if (releasedOn != null) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the helper was already released on " + releasedOn);
        }
        if (on.isBefore(assignedOn)) {
            throw new BadRequest("DATE_BEFORE_ASSIGNMENT", on + " is before the assignment date " + assignedOn,
                    List.of(ProblemError.atPointer("/releasedOn", "must not be before the assignment date " + assignedOn)));
        }
        releasedOn = on;
    }
}
