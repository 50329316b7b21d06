package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.partydev.admission.domain.DueItem;
import vn.partydev.platform.scope.CallerScope;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * The work queue of deadlines in the caller's subtree: what is due within a period, or already overdue. Each case row
 * carries the step it waits for ({@code next_due_*}, kept by the entity), so the database returns only the rows of
 * the subtree inside the window, through the index {@code admission_case_next_due}.
 */
@ApplicationScoped
public class DeadlineQueue {

    @Inject
    EntityManager entityManager;
    @Inject
    CaseOrganisations organisations;
    @Inject
    CallerScope scope;
    @Inject
    Clock clock;

    /** Items due by today + {@code within} (overdue ones included); with {@code overdueOnly}, only those already past. */
    public List<DueItem> due(UUID organisationId, Period within, boolean overdueOnly) {
        String path = scope.path();
        if (organisationId != null) {
            path = organisations.get(organisationId).path();
            scope.require(path);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate last = overdueOnly ? today.minusDays(1) : today.plus(within);
        List<Object[]> rows = entityManager.createQuery("select c.id, c.candidateId, c.cellId, c.nextDueStep, c.nextDueRule,"
                        + " c.nextDueOn from AdmissionCase c where c.organisationPath like :subtree and c.nextDueOn <= :last"
                        + " order by c.nextDueOn, c.id", Object[].class)
                .setParameter("subtree", path + "%")
                .setParameter("last", last)
                .getResultList();
        return rows.stream().map(row -> {
            LocalDate dueOn = (LocalDate) row[5];
            return new DueItem((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], dueOn,
                    dueOn.isBefore(today));
        }).toList();
    }
}
