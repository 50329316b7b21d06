package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.codes.MemberStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What this service knows of a party member from admission-service's events: the cell, whether and since when
 * official, whether they left. Events may arrive out of order, so each fact keeps its own date and the newest wins.
 */
@Entity
@Table(name = "member_replica")
public class MemberReplica extends PanacheEntityBase {

    @Id
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "cell_since")
    public LocalDate cellSince;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    @Column(name = "official_on")
    public LocalDate officialOn;
    @Column(name = "left_on")
    public LocalDate leftOn;

    public static MemberReplica findOrStart(UUID memberId) {
        MemberReplica member = findById(memberId);
        if (member == null) {
            member = new MemberReplica();
            member.memberId = memberId;
            member.persist();
        }
        return member;
    }

    /** The member is in {@code cellId} from {@code since}; an older fact does not overwrite a newer one. */
    public void inCell(UUID cellId, LocalDate since) {
        if (cellSince == null || !since.isBefore(cellSince)) {
            this.cellId = cellId;
            this.cellSince = since;
        }
    }

    public void probationary() {
        if (status == null) {
            status = MemberStatus.PROBATIONARY;
        }
    }

    public void official(LocalDate since) {
        status = MemberStatus.OFFICIAL;
        officialOn = since;
    }

    public void left(LocalDate on) {
        leftOn = on;
    }

    /** Official on {@code date}: recognised by then and not gone. */
    public boolean isOfficialOn(LocalDate date) {
        return status == MemberStatus.OFFICIAL && officialOn != null && !officialOn.isAfter(date)
                && (leftOn == null || leftOn.isAfter(date));
    }
}
