package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.partydev.candidate.domain.MemberReplica;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/** Keeps this service's replica of the member roll (for R-CAND-2) from admission-service's events. */
@ApplicationScoped
public class MemberRoll {

    @Transactional
    public void registered(UUID memberId, UUID cellId, MemberStatus status, LocalDate entryDate, LocalDate officialDate) {
        MemberReplica member = MemberReplica.findOrStart(memberId);
        member.inCell(cellId, entryDate);
        if (status == MemberStatus.OFFICIAL && officialDate != null) {
            member.official(officialDate);
        } else {
            member.probationary();
        }
    }

    @Transactional
    public void admitted(UUID memberId, UUID cellId, LocalDate ceremonyOn) {
        MemberReplica member = MemberReplica.findOrStart(memberId);
        member.inCell(cellId, ceremonyOn);
        member.probationary();
    }

    @Transactional
    public void transferred(UUID memberId, UUID toCellId, LocalDate on) {
        MemberReplica.findOrStart(memberId).inCell(toCellId, on);
    }

    @Transactional
    public void recognised(UUID memberId, UUID cellId, LocalDate officialOn) {
        MemberReplica member = MemberReplica.findOrStart(memberId);
        if (member.cellId == null) {
            member.inCell(cellId, officialOn);
        }
        member.official(officialOn);
    }

    @Transactional
    public void left(UUID memberId, LocalDate on) {
        MemberReplica.findOrStart(memberId).left(on);
    }
}
