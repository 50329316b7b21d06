package vn.partydev.admission.service;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CandidateKnowledge;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.admission.domain.AdmissionDeadlines;
import vn.partydev.admission.domain.WorkingDays;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSet;
import vn.partydev.platform.rules.RuleSets;
import vn.partydev.platform.scope.CallerScope;

import java.time.LocalDate;
import java.util.UUID;

/** Admission cases as the caller may see them: outside the caller's subtree a case does not exist (404). */
@ApplicationScoped
public class AdmissionCases implements PanacheRepositoryBase<AdmissionCase, UUID> {

    @Inject
    CallerScope scope;
    @Inject
    WorkingDayCalendar calendar;

    /** The case, locked for the change about to be made (two secretaries recording at once cannot both pass). */
    public AdmissionCase findInScopeForUpdate(UUID id) {
        AdmissionCase admissionCase = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (admissionCase == null || !scope.covers(admissionCase.organisationPath)) {
            throw new NotFound("admission case", id);
        }
        return admissionCase;
    }

    public AdmissionCase findInScope(UUID id) {
        AdmissionCase admissionCase = findById(id);
        if (admissionCase == null || !scope.covers(admissionCase.organisationPath)) {
            throw new NotFound("admission case", id);
        }
        return admissionCase;
    }

    public RuleSet rulesOf(AdmissionCase admissionCase) {
        return RuleSets.find(admissionCase.ruleSet).orElseThrow();
    }

    public AdmissionDeadlines deadlinesOf(AdmissionCase admissionCase) {
        return new AdmissionDeadlines(rulesOf(admissionCase), new WorkingDays() {
            @Override
            public LocalDate plusWorkingDays(LocalDate from, int days) {
                return calendar.plusWorkingDays(from, days);
            }

            @Override
            public int workingDaysBetween(LocalDate from, LocalDate to) {
                return calendar.workingDaysBetween(from, to);
            }
        });
    }

    public CandidateKnowledge personOf(AdmissionCase admissionCase) {
        CandidateKnowledge person = CandidateKnowledge.findById(admissionCase.candidateId);
        if (person == null || !person.profileKnown() || person.categories.birthDate == null) {
            throw new RuleViolation("CANDIDATE_UNKNOWN", "the candidate's nomination has not been received from candidate-service");
        }
        return person;
    }
}
