package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What admission knows of a candidate (quần chúng ưu tú) from candidate-service events: the categories the rules need
 * and whether a cell's list (danh sách cảm tình Đảng) holds the person. Events may come in any order: each part keeps
 * the date of the fact it came from and ignores an older fact that arrives late.
 */
@Entity
@Table(name = "candidate_knowledge")
public class CandidateKnowledge extends PanacheEntityBase {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "residential_area_id")
    public UUID residentialAreaId;
    @Enumerated(EnumType.STRING)
    public NominationSource source;
    /** Null until a nomination or profile change brings them (all the category columns are NULL then). */
    @Embedded
    public PersonCategories categories;
    @Column(name = "listed_cell_id")
    public UUID listedCellId;
    @Column(name = "list_changed_on")
    public LocalDate listChangedOn;
    @Column(name = "profile_changed_on")
    public LocalDate profileChangedOn;

    public static CandidateKnowledge findOrStart(UUID candidateId) {
        CandidateKnowledge known = findById(candidateId);
        if (known == null) {
            known = new CandidateKnowledge();
            known.candidateId = candidateId;
            known.persist();
        }
        return known;
    }

    /** A nomination or a profile change, applied unless a later profile was already applied. */
    public void learnProfile(UUID cellId, UUID residentialAreaId, LocalDate asOf, Demographics demographics) {
        if (profileChangedOn != null && asOf.isBefore(profileChangedOn)) {
            return;
        }
        this.profileChangedOn = asOf;
        this.cellId = cellId;
        this.residentialAreaId = residentialAreaId;
        if (demographics != null) {
            categories = PersonCategories.of(demographics);
        }
    }

    public void listed(UUID cellId, LocalDate on) {
        if (listChangedOn == null || on.isAfter(listChangedOn)) {
            listedCellId = cellId;
            listChangedOn = on;
        }
    }

    /** A removal on the same day as a listing wins: it can only follow it. */
    public void removedFromList(LocalDate on) {
        if (listChangedOn == null || !on.isBefore(listChangedOn)) {
            listedCellId = null;
            listChangedOn = on;
        }
    }

    public Demographics demographics() {
        return (categories == null ? new PersonCategories() : categories).toDemographics();
    }
}
