package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What admission knows of a candidate (quần chúng ưu tú): from candidate-service events, the categories the rules need
 * and whether a cell's list (danh sách cảm tình Đảng) holds the person; from the dossier, the date of birth the applicant
 * declared when the case was opened (events carry only an age in whole years, too coarse for R-AGE-1's completed
 * months). Events may come in any order: each part keeps the date of the fact it came from and ignores an older fact
 * that arrives late.
 */
@Entity
@Table(name = "candidate_knowledge")
public class CandidateKnowledge extends PanacheEntityBase {

    private static final int JDBC_BATCH = 500;

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "residential_area_id")
    public UUID residentialAreaId;
    @Enumerated(EnumType.STRING)
    public NominationSource source;
    /**
     * Null until a nomination, a profile change or a case opening brings them (all the category columns are NULL then).
     * {@code birthDate} comes only from the case opening: the events carry the age, never the date.
     */
    @Embedded
    public PersonCategories categories;
    @Column(name = "listed_cell_id")
    public UUID listedCellId;
    @Column(name = "list_changed_on")
    public LocalDate listChangedOn;
    @Column(name = "profile_changed_on")
    public LocalDate profileChangedOn;

    /**
     * What is known of each of {@code candidateIds}, read in one query; a candidate not known yet gets a new row, saved
     * by {@link #saveNew} after the changes (so that it is written by one INSERT, not an INSERT and then an UPDATE). The
     * transaction's rows, new and changed, are then written in JDBC batches at its flush.
     */
    public static Map<UUID, CandidateKnowledge> ofCandidates(Collection<UUID> candidateIds) {
        getEntityManager().unwrap(Session.class).setJdbcBatchSize(JDBC_BATCH);
        Map<UUID, CandidateKnowledge> known = new HashMap<>();
        CandidateKnowledge.<CandidateKnowledge>list("candidateId in ?1", Set.copyOf(candidateIds))
                .forEach(row -> known.put(row.candidateId, row));
        for (UUID candidateId : candidateIds) {
            known.computeIfAbsent(candidateId, id -> {
                CandidateKnowledge row = new CandidateKnowledge();
                row.candidateId = id;
                return row;
            });
        }
        return known;
    }

    /** Saves the rows {@link #ofCandidates} started (the changed ones are written at the flush as usual). */
    public static void saveNew(Collection<CandidateKnowledge> rows) {
        persist(rows.stream().filter(row -> !row.isPersistent()));
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
            PersonCategories learned = PersonCategories.of(demographics);
            learned.birthDate = categories == null ? null : categories.birthDate;
            categories = learned;
        }
    }

    /** Whether candidate-service's nomination (or a later profile) has been received: the categories are known. */
    public boolean profileKnown() {
        return profileChangedOn != null;
    }

    /** The date of birth declared in the dossier (đơn xin vào Đảng, lý lịch) when the case is opened. */
    public void declareBirthDate(LocalDate birthDate) {
        if (categories == null) {
            categories = new PersonCategories();
        }
        categories.birthDate = birthDate;
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

    /** The categories as an event dated {@code on} carries them: the age on that date, never the birth date. */
    public Demographics demographicsOn(LocalDate on) {
        return categories.toDemographics(on);
    }
}
