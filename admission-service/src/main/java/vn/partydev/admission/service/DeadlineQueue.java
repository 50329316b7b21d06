package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.admission.domain.DueItem;
import vn.partydev.platform.scope.CallerScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The work queue of deadlines in the caller's subtree: what is due within a period, or already overdue. */
@ApplicationScoped
public class DeadlineQueue {

    private static final List<CaseState> WAITING = List.of(CaseState.CELL_ADOPTED, CaseState.COMMITTEE_ADOPTED,
            CaseState.DECIDED, CaseState.PROBATION, CaseState.RECOGNITION_ADOPTED, CaseState.RECOGNITION_REFUSED,
            CaseState.ESCALATED);

    @Inject
    AdmissionCases cases;
    @Inject
    CaseOrganisations organisations;
    @Inject
    CallerScope scope;
    @Inject
    Clock clock;

    /** Items due by today + {@code within}; with {@code overdueOnly}, only those already past their due date. */
    public List<DueItem> due(UUID organisationId, Period within, boolean overdueOnly) {
        String path = scope.path();
        if (organisationId != null) {
            path = organisations.get(organisationId).path();
            scope.require(path);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plus(within);
        List<AdmissionCase> waiting = cases.list("organisationPath like ?1 and state in ?2 order by id", path + "%", WAITING);
        List<DueItem> items = new ArrayList<>();
        for (AdmissionCase admissionCase : waiting) {
            pending(admissionCase)
                    .filter(item -> overdueOnly ? item.dueOn().isBefore(today) : !item.dueOn().isAfter(horizon))
                    .map(item -> item.withOverdue(item.dueOn().isBefore(today)))
                    .ifPresent(items::add);
        }
        items.sort(Comparator.comparing(DueItem::dueOn).thenComparing(DueItem::caseId));
        return items;
    }

    /** The one step a case waits for, its rule and due date. */
    public static Optional<DueItem> pending(AdmissionCase c) {
        return switch (c.state) {
            case CELL_ADOPTED -> Optional.of(c.committeeId != null
                    ? DueItem.of(c, "COMMITTEE_VOTE_AND_DECISION", "R-SLA-1", c.effectiveDecisionDue())
                    : DueItem.of(c, "DECISION", "R-SLA-1", c.effectiveDecisionDue()));
            case COMMITTEE_ADOPTED -> Optional.of(DueItem.of(c, "DECISION", "R-SLA-1", c.effectiveDecisionDue()));
            case DECIDED -> Optional.of(DueItem.of(c, "CEREMONY", "R-SLA-2", c.ceremonyDue));
            case PROBATION -> Optional.of(DueItem.of(c, "RECOGNITION_VOTE", "R-SLA-3", c.recognitionVoteDue));
            case RECOGNITION_ADOPTED, RECOGNITION_REFUSED, ESCALATED ->
                    Optional.of(DueItem.of(c, "RECOGNITION_DECISION", "R-SLA-3", c.effectiveRecognitionDecisionDue()));
            default -> Optional.empty();
        };
    }
}
