package vn.partydev.platform.events.candidate;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partydev.platform.events.DomainEvent;

/** The cell assigned an official member to help the candidate (đảng viên giúp đỡ). */
public record HelperAssigned(
        UUID candidateId,
        UUID helperMemberId,
        LocalDate assignedOn) implements DomainEvent {

    @Override
    public String subject() {
        return candidateId.toString();
    }

    /** Names no organisation: the publisher passes the path it knows (the candidate's cell, the class's organiser). */
    @Override
    public List<UUID> organisations() {
        return List.of();
    }
}
