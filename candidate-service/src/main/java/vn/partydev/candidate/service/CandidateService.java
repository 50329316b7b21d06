package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import vn.partydev.candidate.api.CandidateChanges;
import vn.partydev.candidate.api.NewCandidateRequest;
import vn.partydev.candidate.api.RemovalRequest;
import vn.partydev.candidate.domain.AdmissionCaseTrace;
import vn.partydev.candidate.domain.Candidate;
import vn.partydev.candidate.domain.CandidateStatus;
import vn.partydev.candidate.domain.PersonName;
import vn.partydev.platform.events.candidate.CandidateListed;
import vn.partydev.platform.events.candidate.CandidateNominated;
import vn.partydev.platform.events.candidate.CandidateProfileChanged;
import vn.partydev.platform.events.candidate.CandidateRemovedFromList;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.platform.search.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

/** The cell's use cases on a candidate: nominate, correct, list, remove. Each is one transaction with its event. */
@ApplicationScoped
public class CandidateService {

    static final String ACTIVE_CITIZEN_ID_INDEX = "candidate_active_citizen_id";

    private final CallerScope scope;
    private final CellDirectory cells;
    private final ResidentialAreas areas;
    private final Outbox outbox;
    private final CandidateHistory history;
    private final Validator validator;
    private final CandidateConfig config;
    private final Clock clock;

    CandidateService(CallerScope scope, CellDirectory cells, ResidentialAreas areas, Outbox outbox, CandidateHistory history,
                     Validator validator, CandidateConfig config, Clock clock) {
        this.scope = scope;
        this.cells = cells;
        this.areas = areas;
        this.outbox = outbox;
        this.history = history;
        this.validator = validator;
        this.config = config;
        this.clock = clock;
    }

    /** Records a nomination (R-CAND-1: one active candidacy per citizen id). */
    @Transactional
    public Candidate nominate(NewCandidateRequest request) {
        OrganisationRef cell = cells.receivingCell(request.nomination().cellId(), scope);
        areas.requireKnown(request.person().residentialAreaId());
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        applyPerson(candidate, request);
        candidate.source = request.nomination().source();
        candidate.sourceOrganisationName = request.nomination().organisationName().strip();
        candidate.nominatedOn = request.nomination().nominatedOn();
        candidate.cellId = cell.id();
        candidate.organisationPath = cell.path();
        candidate.ruleSet = config.ruleSet();
        candidate.status = CandidateStatus.NOMINATED;
        candidate.createdAt = OffsetDateTime.now(clock);
        candidate.createdBy = scope.subject();
        requireNoOtherActiveCandidacy(candidate);
        persistUnique(candidate);
        history.record(candidate.id, "NOMINATED", candidate.nominatedOn, scope.subject(),
                "source " + candidate.source + ", cell " + candidate.cellId);
        outbox.publish(new CandidateNominated(candidate.id, candidate.cellId, candidate.residentialAreaId,
                candidate.nominatedOn, candidate.source, candidate.demographics(candidate.nominatedOn)));
        return candidate;
    }

    /** A candidate in the caller's subtree, or 404. */
    public Candidate inScope(UUID id) {
        Candidate candidate = Candidate.findById(id);
        if (candidate == null || !scope.covers(candidate.organisationPath)) {
            throw new NotFound("candidate", id);
        }
        return candidate;
    }

    /**
     * Corrects the person and the nomination. The result is validated as a whole, exactly as a new nomination;
     * a change of a statistical category publishes CandidateProfileChanged, a change of name or id publishes nothing.
     */
    @Transactional
    public Candidate correct(UUID id, CandidateChanges changes, VersionCheck versionCheck) {
        Candidate candidate = inScope(id);
        versionCheck.require(candidate.version);
        NewCandidateRequest merged = CandidateMerge.merge(CandidateMerge.current(candidate), changes);
        Set<ConstraintViolation<NewCandidateRequest>> violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LocalDate today = LocalDate.now(clock);
        var demographicsBefore = candidate.demographics(today);
        UUID areaBefore = candidate.residentialAreaId;
        if (!java.util.Objects.equals(areaBefore, merged.person().residentialAreaId())) {
            areas.requireKnown(merged.person().residentialAreaId());
        }
        String citizenIdBefore = candidate.citizenId;
        String changed = CandidateMerge.changedFields(CandidateMerge.current(candidate), merged);
        applyPerson(candidate, merged);
        candidate.source = merged.nomination().source();
        candidate.sourceOrganisationName = merged.nomination().organisationName().strip();
        candidate.nominatedOn = merged.nomination().nominatedOn();
        if (!candidate.citizenId.equals(citizenIdBefore)) {
            requireNoOtherActiveCandidacy(candidate);
        }
        if (changed.isEmpty()) {
            return candidate;
        }
        flushUnique();
        history.record(candidate.id, "PROFILE_CHANGED", today, scope.subject(), "changed: " + changed);
        if (!candidate.demographics(today).equals(demographicsBefore) || !java.util.Objects.equals(areaBefore, candidate.residentialAreaId)) {
            outbox.publish(new CandidateProfileChanged(candidate.id, candidate.cellId, candidate.residentialAreaId,
                    today, candidate.demographics(today)));
        }
        return candidate;
    }

    /** The cell resolved to put the candidate on its list. */
    @Transactional
    public Candidate putOnList(UUID id, LocalDate resolutionDate) {
        Candidate candidate = inScope(id);
        CandidateStatus before = candidate.status;
        candidate.list(resolutionDate);
        candidate.refreshStatus(AdmissionCaseTrace.tracesOf(id));
        history.record(id, "LISTED", resolutionDate, scope.subject(), "status " + before + " → " + candidate.status);
        outbox.publish(new CandidateListed(id, candidate.cellId, resolutionDate));
        return candidate;
    }

    /** The cell took the candidate off its list; the note stays here, only the reason code is published. */
    @Transactional
    public Candidate removeFromList(UUID id, RemovalRequest removal) {
        Candidate candidate = inScope(id);
        CandidateStatus before = candidate.status;
        candidate.remove(removal.removedOn(), removal.reason(),
                removal.note() == null || removal.note().isBlank() ? null : removal.note().strip());
        candidate.refreshStatus(AdmissionCaseTrace.tracesOf(id));
        history.record(id, "REMOVED_FROM_LIST", removal.removedOn(), scope.subject(),
                "reason " + removal.reason() + "; status " + before + " → " + candidate.status);
        outbox.publish(new CandidateRemovedFromList(id, candidate.cellId, removal.removedOn(), removal.reason()));
        return candidate;
    }

    private static void applyPerson(Candidate candidate, NewCandidateRequest request) {
        var person = request.person();
        candidate.fullName = PersonName.normalise(person.fullName());
        candidate.nameSearch = VietnameseText.normalise(candidate.fullName);
        candidate.citizenId = person.citizenId();
        candidate.categories.birthDate = person.birthDate();
        candidate.categories.gender = person.gender();
        candidate.categories.ethnicGroup = person.ethnicGroup();
        candidate.categories.religion = person.religion();
        candidate.categories.generalEducation = person.generalEducation();
        candidate.categories.professionalLevel = person.professionalLevel();
        candidate.politicalTheoryLevel = person.politicalTheoryLevel();
        candidate.categories.occupation = person.occupation();
        candidate.residentialAreaId = person.residentialAreaId();
        candidate.workplace = person.workplace() == null || person.workplace().isBlank() ? null : person.workplace().strip();
        candidate.categories.youthUnionMember = person.youthUnionMember();
        candidate.categories.tradeUnionMember = person.tradeUnionMember();
    }

    /** R-CAND-1, checked before writing for a precise answer; the partial unique index settles races. */
    private static void requireNoOtherActiveCandidacy(Candidate candidate) {
        // the statuses as literals, exactly as in the partial unique index's predicate, so that the index serves the query
        Number others = (Number) Candidate.getEntityManager().createNativeQuery("SELECT count(*) FROM candidate"
                        + " WHERE citizen_id = ?1 AND id <> ?2 AND status NOT IN ('REMOVED', 'REJECTED')")
                .setParameter(1, candidate.citizenId).setParameter(2, candidate.id).getSingleResult();
        if (others.longValue() > 0) {
            throw duplicateCandidacy();
        }
    }

    private static void persistUnique(Candidate candidate) {
        candidate.persist();
        flushUnique();
    }

    private static void flushUnique() {
        try {
            Candidate.flush();
        } catch (PersistenceException e) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException violation
                    && violation.getKind() == ConstraintKind.UNIQUE
                    && ACTIVE_CITIZEN_ID_INDEX.equals(violation.getConstraintName())) {
                throw duplicateCandidacy();
            }
            throw e;
        }
    }

    private static RuleViolation duplicateCandidacy() {
        // the other candidacy may lie outside the caller's subtree: say that it exists, not where
        return new RuleViolation("R-CAND-1", "this citizen id already has an active candidacy; a person may have only one")
                .in("active-already");
    }

    /** The If-Match check of the HTTP layer, run against the version read in the transaction. */
    @FunctionalInterface
    public interface VersionCheck {
        void require(long currentVersion);
    }
}
