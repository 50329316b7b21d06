package vn.partydev.candidate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.platform.codes.PoliticalTheoryLevel;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.person.PersonCategories;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.ProblemError;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList.RemovalReason;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An outstanding person (quần chúng ưu tú) nominated to a cell, and where they stand in the pipeline.
 * The cell's decisions (list, remove) are methods here; the later stages come from other services' events.
 */
@Entity
@Table(name = "candidate")
public class Candidate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search")
    public String nameSearch;
    @Column(name = "citizen_id", columnDefinition = "bpchar")
    public String citizenId;
    @Embedded
    public PersonCategories categories = new PersonCategories();
    @Enumerated(EnumType.STRING)
    @Column(name = "political_theory_level")
    public PoliticalTheoryLevel politicalTheoryLevel;
    @Column(name = "residential_area_id")
    public UUID residentialAreaId;
    public String workplace;

    @Enumerated(EnumType.STRING)
    public NominationSource source;
    @Column(name = "source_organisation_name")
    public String sourceOrganisationName;
    @Column(name = "nominated_on")
    public LocalDate nominatedOn;
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "organisation_path")
    public String organisationPath;
    @Column(name = "rule_set")
    public String ruleSet;

    @Enumerated(EnumType.STRING)
    public CandidateStatus status;
    @Column(name = "listed_on")
    public LocalDate listedOn;
    @Column(name = "enrolled_on")
    public LocalDate enrolledOn;
    @Column(name = "certified_on")
    public LocalDate certifiedOn;
    @Column(name = "removed_on")
    public LocalDate removedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "removal_reason")
    public RemovalReason removalReason;
    @Column(name = "removal_note")
    public String removalNote;

    @Version
    public long version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** The categories as an event dated {@code on} carries them: the age on that date, never the birth date, a name or a citizen id. */
    public Demographics demographics(LocalDate on) {
        return categories.toDemographics(on);
    }

    /** The cell resolved to put the person on its list. */
    public void list(LocalDate resolutionDate) {
        if (listedOn != null) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the candidate has been on the list since " + listedOn);
        }
        if (!status.isBeforeAdmission()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the candidate is " + status + "; only a candidate before admission can be put on the list");
        }
        if (resolutionDate.isBefore(nominatedOn)) {
            throw invalidDate("/resolutionDate", resolutionDate);
        }
        listedOn = resolutionDate;
    }

    /** The cell took the person off its list. */
    public void remove(LocalDate removedOn, RemovalReason reason, String note) {
        if (!status.isBeforeAdmission()) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the candidate is " + status + "; only a candidate before admission can be removed from the list");
        }
        if (removedOn.isBefore(nominatedOn)) {
            throw invalidDate("/removedOn", removedOn);
        }
        this.removedOn = removedOn;
        this.removalReason = reason;
        this.removalNote = note;
    }

    /**
     * Where the person stands in awareness training: the earliest class not withdrawn from, the latest certificate
     * not revoked (either may be none).
     */
    public void trainingReached(LocalDate firstActiveEnrolment, LocalDate latestValidCertificate) {
        enrolledOn = firstActiveEnrolment;
        certifiedOn = latestValidCertificate;
    }

    /** A date of a cell decision before the nomination itself. */
    private BadRequest invalidDate(String pointer, LocalDate date) {
        return new BadRequest("DATE_BEFORE_NOMINATION", date + " is before the nomination date " + nominatedOn,
                List.of(ProblemError.atPointer(pointer, "must not be before the nomination date " + nominatedOn)));
    }

    /** Recomputes the status from the facts; true when it changed. */
    public boolean refreshStatus(List<CandidateStatus.CaseTrace> cases) {
        CandidateStatus derived = CandidateStatus.derive(new CandidateStatus.PipelineFacts(
                listedOn != null, enrolledOn != null, certifiedOn != null, removedOn != null, cases));
        boolean changed = derived != status;
        status = derived;
        return changed;
    }
}
