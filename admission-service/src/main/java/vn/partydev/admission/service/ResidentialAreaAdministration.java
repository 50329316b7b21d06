package vn.partydev.admission.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.codes.ResidentialAreaKind;
import vn.partydev.platform.events.admission.ResidentialAreaRegistered;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.search.LikePatterns;
import vn.partydev.platform.search.VietnameseText;

import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Residential areas of communes (thôn, bản, ấp, tổ dân phố): registered and changed within the caller's subtree;
 * each change publishes {@code ResidentialAreaRegistered} with the area's whole current state.
 */
@ApplicationScoped
public class ResidentialAreaAdministration {

    /** An area belongs to a commune and is covered by a current cell of that commune (code {@code AREA-COMMUNE}). */
    public static final String RULE = "AREA-COMMUNE";

    @Inject
    CallerScope scope;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;

    /** The state an area is given or changed to. */
    public record AreaState(UUID communeId, ResidentialAreaKind kind, String name, boolean disadvantaged,
                            UUID coveringCellId, Integer population) {
    }

    @Transactional
    public ResidentialArea register(AreaState state) {
        ResidentialArea area = new ResidentialArea();
        area.id = UUID.randomUUID();
        apply(area, state);
        area.persist();
        entityManager.flush();
        outbox.publish(registered(area));
        return area;
    }

    @Transactional
    public ResidentialArea change(UUID id, LongConsumer ifMatch, AreaState state) {
        ResidentialArea area = findInScope(id);
        ifMatch.accept(area.version);
        apply(area, state);
        entityManager.flush();
        outbox.publish(registered(area));
        return area;
    }

    public ResidentialArea findInScope(UUID id) {
        ResidentialArea area = ResidentialArea.findById(id);
        if (area == null || !scope.covers(area.organisationPath)) {
            throw new NotFound("residential area", id);
        }
        return area;
    }

    public Page<ResidentialArea> list(UUID communeId, String q, Boolean disadvantaged, int limit, String cursor) {
        StringBuilder where = new StringBuilder("organisationPath like :scope");
        Parameters parameters = Parameters.with("scope", scope.likePattern());
        if (communeId != null) {
            where.append(" and communeId = :commune");
            parameters.and("commune", communeId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and nameSearch like :q" + LikePatterns.HQL_ESCAPE);
            parameters.and("q", LikePatterns.containingName(q));
        }
        if (disadvantaged != null) {
            where.append(" and disadvantaged = :disadvantaged");
            parameters.and("disadvantaged", disadvantaged);
        }
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            where.append(" and (nameSearch > :name or (nameSearch = :name and id > :id))");
            parameters.and("name", position.string(0)).and("id", position.uuid(1));
        }
        List<ResidentialArea> rows = ResidentialArea.find(where + " order by nameSearch, id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, a -> Cursor.of(a.nameSearch, a.id));
    }

    public static ResidentialAreaRegistered registered(ResidentialArea a) {
        return new ResidentialAreaRegistered(a.id, a.communeId, a.kind, a.name, a.disadvantaged, a.coveringCellId, a.population);
    }

    private void apply(ResidentialArea area, AreaState state) {
        Organisation commune = Organisation.findById(state.communeId());
        if (commune == null || !scope.covers(commune.path)) {
            throw new NotFound("commune", state.communeId());
        }
        if (commune.kind != OrganisationKind.COMMUNE || commune.retired()) {
            throw new RuleViolation(RULE, "a residential area belongs to a current COMMUNE; " + commune.code + " is a "
                    + (commune.retired() ? "retired " : "") + commune.kind)
                    .in(commune.retired() ? "commune-retired" : "not-a-commune", commune.code, commune.kind);
        }
        if (state.coveringCellId() != null) {
            Organisation cell = Organisation.findById(state.coveringCellId());
            if (cell == null || !scope.covers(cell.path)) {
                throw new NotFound("cell", state.coveringCellId());
            }
            if (!cell.kind.isCell() || cell.retired() || !commune.covers(cell.path)) {
                throw new RuleViolation(RULE, "the covering organisation " + cell.code + " must be a current cell of the commune " + commune.code)
                        .in("not-a-cell-of-the-commune", cell.code, commune.code);
            }
        }
        String nameSearch = VietnameseText.normalise(state.name());
        boolean clash = ResidentialArea.count("communeId = ?1 and nameSearch = ?2 and id <> ?3", commune.id, nameSearch, area.id) > 0;
        if (clash) {
            throw new Conflict("DUPLICATE", "the commune " + commune.code + " already has a residential area named like this");
        }
        area.communeId = commune.id;
        area.organisationPath = commune.path;
        area.kind = state.kind();
        area.rename(state.name());
        area.disadvantaged = state.disadvantaged();
        area.coveringCellId = state.coveringCellId();
        area.population = state.population();
    }
}
