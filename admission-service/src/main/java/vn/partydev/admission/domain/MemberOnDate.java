package vn.partydev.admission.domain;

import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A member as the roll knew them on a given day: the cell they belonged to, their status that day, and the day
 * they became official ({@code officialSince}, null while probationary).
 */
public record MemberOnDate(UUID memberId, LocalDate date, UUID cellId, String organisationPath, MemberStatus status,
                           LocalDate entryDate, LocalDate officialSince) {

    public boolean official() {
        return status == MemberStatus.OFFICIAL;
    }
}
