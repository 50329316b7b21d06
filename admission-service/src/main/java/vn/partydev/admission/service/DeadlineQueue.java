package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.partydev.admission.domain.WorkQueueItem;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.search.LikePatterns;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * The work queue of deadlines in the caller's subtree: what is due within a period, or already overdue, with the cell's
 * code and name so that a queue can be shown without asking for each cell. Each case row
 * carries the step it waits for ({@code next_due_*}, kept by the entity), so the database returns only the rows of
 * the subtree inside the window, through the index {@code admission_case_next_due}, in its order (due date, case id), which is also the page order.
 */
@ApplicationScoped
public class DeadlineQueue {

    @Inject
    EntityManager entityManager;
    @Inject
    CaseOrganisations organisations;
    @Inject
    Clock clock;

    /**
     * Items due by today + {@code within} (overdue ones included); with {@code overdueOnly}, only those already past. In
     * due-date order, a page at a time: {@code cursor} is the previous page's {@code nextCursor}.
     */
    public Page<WorkQueueItem> due(UUID organisationId, Period within, boolean overdueOnly, int limit, String cursor) {
        String path = organisations.subtreeInScope(organisationId);
        LocalDate today = LocalDate.now(clock);
        LocalDate last = overdueOnly ? today.minusDays(1) : today.plus(within);
        Cursor after = cursor == null ? null : Cursor.decode(cursor, 2);
        var query = entityManager.createQuery("select c.id, c.candidateId, c.cellId, o.code, o.name,"
                        + " c.nextDueStep, c.nextDueRule, c.nextDueOn from AdmissionCase c"
                        + " left join Organisation o on o.id = c.cellId where c.organisationPath like :subtree" + LikePatterns.HQL_ESCAPE
                        + " and c.nextDueOn <= :last"
                        + (after == null ? "" : " and (c.nextDueOn > :afterDue or (c.nextDueOn = :afterDue and c.id > :afterId))")
                        + " order by c.nextDueOn, c.id", Object[].class)
                .setParameter("subtree", LikePatterns.startingWith(path))
                .setParameter("last", last)
                .setMaxResults(limit + 1);
        if (after != null) {
            query.setParameter("afterDue", after.date(0)).setParameter("afterId", after.uuid(1));
        }
        List<WorkQueueItem> rows = query.getResultList().stream().map(row -> {
            LocalDate dueOn = (LocalDate) row[7];
            return new WorkQueueItem((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4],
                    (String) row[5], (String) row[6], dueOn, dueOn.isBefore(today));
        }).toList();
        return Page.of(rows, limit, item -> Cursor.of(item.dueOn(), item.caseId()));
    }
}
