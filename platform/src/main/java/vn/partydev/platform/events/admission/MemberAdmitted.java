package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;

/**
 * The ceremony (lễ kết nạp) was held: the candidate is now a probationary member (đảng viên dự bị). It is recorded on
 * its real date: {@code late} says it came after {@code ceremonyDue} without the superior committee's approval
 * (R-SLA-2, a breach; an approved late ceremony has {@code superiorApprovalOn} and is not late), by
 * {@code lateWorkingDays} working days; {@code decidedBy} is the committee that decided the admission.
 */
public record MemberAdmitted(
        UUID candidateId,
        UUID caseId,
        UUID cellId,
        UUID residentialAreaId,
        LocalDate decidedOn,
        LocalDate ceremonyOn,
        LocalDate probationEndsOn,
        LocalDate recognitionVoteDue,
        NominationSource source,
        Demographics demographics,
        UUID decidedBy,
        LocalDate ceremonyDue,
        LocalDate superiorApprovalOn,
        boolean late,
        int lateWorkingDays) implements DomainEvent {

    /** A ceremony known to be on time (kept for producers and tests written before the lateness fields). */
    public MemberAdmitted(UUID candidateId, UUID caseId, UUID cellId, UUID residentialAreaId, LocalDate decidedOn,
                          LocalDate ceremonyOn, LocalDate probationEndsOn, LocalDate recognitionVoteDue,
                          NominationSource source, Demographics demographics) {
        this(candidateId, caseId, cellId, residentialAreaId, decidedOn, ceremonyOn, probationEndsOn, recognitionVoteDue,
                source, demographics, null, ceremonyOn, null, false, 0);
    }

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
