package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person training-service may enrol, known from other services' events only (ids, cells and dates; no personal
 * data): a candidate on a cell's list (candidate-service) or a probationary member (admission-service). Every change
 * is order-tolerant: a list change dated before the last one applied is ignored, and a roll standing never moves
 * back.
 */
@Entity
@Table(name = "known_person")
public class KnownPerson extends PanacheEntityBase {

    @Id
    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "listed_cell_id")
    public UUID listedCellId;

    public boolean listed;

    @Column(name = "list_changed_on")
    public LocalDate listChangedOn;

    @Column(name = "member_cell_id")
    public UUID memberCellId;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_status")
    public MembershipStanding memberStatus;

    @Column(name = "member_status_on")
    public LocalDate memberStatusOn;

    @Version
    public long version;

    public static KnownPerson blank(UUID personId) {
        KnownPerson person = new KnownPerson();
        person.personId = personId;
        return person;
    }

    public void listedBy(UUID cellId, LocalDate on) {
        if (listChangedOn == null || !on.isBefore(listChangedOn)) {
            listed = true;
            listedCellId = cellId;
            listChangedOn = on;
        }
    }

    public void removedFromList(UUID cellId, LocalDate on) {
        if (listChangedOn == null || !on.isBefore(listChangedOn)) {
            listed = false;
            listedCellId = cellId;
            listChangedOn = on;
        }
    }

    public void standing(MembershipStanding standing, UUID cellId, LocalDate on) {
        if (standing.supersedes(memberStatus)) {
            memberStatus = standing;
            memberStatusOn = on;
            if (cellId != null) {
                memberCellId = cellId;
            }
        }
    }

    public void transferredTo(UUID cellId) {
        memberCellId = cellId;
    }

    public boolean listedCandidate() {
        return listed;
    }

    public boolean probationaryMember() {
        return memberStatus == MembershipStanding.PROBATIONARY;
    }

    /** The cell the person belongs to as a trainee of {@code kind}. */
    public UUID cellFor(TraineeKind kind) {
        return kind == TraineeKind.CANDIDATE ? listedCellId : memberCellId;
    }
}
