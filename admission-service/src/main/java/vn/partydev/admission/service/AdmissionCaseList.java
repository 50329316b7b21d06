package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.partydev.admission.domain.AdmissionCase;
import vn.partydev.admission.domain.CaseState;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.search.LikePatterns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The admission cases of the caller's subtree, as a cell secretary lists them: by opening date then id (keyset
 * pages), filtered by cell, state, candidate and overdue (the step the case waits for is past its due date).
 */
@ApplicationScoped
public class AdmissionCaseList {

    @Inject
    EntityManager entityManager;
    @Inject
    CaseOrganisations organisations;
    @Inject
    Clock clock;

    /** The filters of the list; null means any. */
    public record Filter(UUID cellId, CaseState state, UUID candidateId, Boolean overdue) {
    }

    public Page<AdmissionCase> list(Filter filter, int limit, String cursor) {
        String subtree = organisations.subtreeInScope(filter.cellId());   // another commune's cell: 404
        Cursor after = cursor == null ? null : Cursor.decode(cursor, 2);
        StringBuilder where = new StringBuilder("c.organisationPath like :subtree" + LikePatterns.HQL_ESCAPE);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("subtree", LikePatterns.startingWith(subtree));
        if (filter.cellId() != null) {
            where.append(" and c.cellId = :cell");
            parameters.put("cell", filter.cellId());
        }
        if (filter.state() != null) {
            where.append(" and c.state = :state");
            parameters.put("state", filter.state());
        }
        if (filter.candidateId() != null) {
            where.append(" and c.candidateId = :candidate");
            parameters.put("candidate", filter.candidateId());
        }
        if (filter.overdue() != null) {
            where.append(filter.overdue() ? " and c.nextDueOn < :today" : " and (c.nextDueOn is null or c.nextDueOn >= :today)");
            parameters.put("today", LocalDate.now(clock));
        }
        if (after != null) {
            where.append(" and (c.openedOn > :afterOpened or (c.openedOn = :afterOpened and c.id > :afterId))");
            parameters.put("afterOpened", after.date(0));
            parameters.put("afterId", after.uuid(1));
        }
        var query = entityManager.createQuery("select c from AdmissionCase c where " + where + " order by c.openedOn, c.id",
                AdmissionCase.class).setMaxResults(limit + 1);
        parameters.forEach(query::setParameter);
        return Page.of(query.getResultList(), limit, c -> Cursor.of(c.openedOn, c.id));
    }
}
