package vn.partydev.platform.events.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.DomainEvent;

/** The ceremony (lễ kết nạp) was held: the candidate is now a probationary member (đảng viên dự bị). */
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
        Demographics demographics) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    @Override
    public List<UUID> organisations() {
        return DomainEvent.concerning(cellId);
    }
}
