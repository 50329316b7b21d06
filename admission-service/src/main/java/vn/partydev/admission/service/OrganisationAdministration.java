package vn.partydev.admission.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.domain.OrganisationSubtreeMoved;
import vn.partydev.admission.domain.OrganisationTreeRules;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.events.admission.OrganisationRegistered;
import vn.partydev.platform.events.admission.OrganisationRetired;
import vn.partydev.platform.events.admission.OrganisationUpdated;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.search.LikePatterns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * The organisation tree's use cases: register, change (a new parent moves the subtree), retire or merge. Every
 * operation is confined to the caller's subtree (404 outside) and publishes its event through the outbox.
 */
@ApplicationScoped
public class OrganisationAdministration {

    @Inject
    CallerScope scope;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager entityManager;
    @Inject
    MemberRegistry registry;
    @Inject
    Event<OrganisationSubtreeMoved> moved;
    @Inject
    Clock clock;

    @Transactional
    public Organisation register(RegisterOrganisation command) {
        Organisation parent = findInScope(command.parentId());
        requireFreeCode(command.code(), null);
        Organisation organisation = Organisation.under(parent, UUID.randomUUID(), command.code(), command.name(),
                command.kind(), command.mayDecideAdmission(), command.population(),
                command.validFrom() == null ? LocalDate.now(clock) : command.validFrom());
        if (organisation.validFrom.isBefore(parent.validFrom)) {
            throw new RuleViolation(OrganisationTreeRules.RULE, "validFrom " + organisation.validFrom
                    + " is before the parent's " + parent.validFrom)
                    .in("before-parent", organisation.validFrom, parent.validFrom);
        }
        organisation.persist();
        outbox.publish(registered(organisation));
        return organisation;
    }

    /** The organisation, when it lies in the caller's subtree; 404 otherwise (the same answer as for an unknown id). */
    public Organisation findInScope(UUID id) {
        Organisation organisation = id == null ? null : Organisation.findById(id);
        if (organisation == null || !scope.covers(organisation.path)) {
            throw new NotFound("organisation", id);
        }
        return organisation;
    }

    public List<Organisation> children(Organisation parent) {
        return Organisation.list("parentId = ?1 order by code, id", parent.id);
    }

    /** The organisations from the root down to {@code organisation}'s parent that the caller may see. */
    public List<Organisation> lineage(Organisation organisation) {
        List<UUID> ids = new ArrayList<>();
        for (String part : organisation.path.split("/")) {
            if (!part.isEmpty() && !part.equals(organisation.id.toString())) {
                ids.add(UUID.fromString(part));
            }
        }
        List<Organisation> found = Organisation.list("id in ?1", ids);
        return ids.stream().flatMap(id -> found.stream().filter(o -> o.id.equals(id)))
                .filter(o -> scope.covers(o.path)).toList();
    }

    /** Organisations of the caller's subtree, ordered by code then id, filtered by parent, kind and name. */
    public Page<Organisation> list(UUID parentId, OrganisationKind kind, String q, boolean includeRetired, int limit, String cursor) {
        StringBuilder where = new StringBuilder("path like :scope");
        Parameters parameters = Parameters.with("scope", scope.likePattern());
        if (parentId != null) {
            where.append(" and parentId = :parent");
            parameters.and("parent", parentId);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and nameSearch like :q" + LikePatterns.HQL_ESCAPE);
            parameters.and("q", LikePatterns.containingName(q));
        }
        if (!includeRetired) {
            where.append(" and validTo is null");
        }
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            where.append(" and (code > :code or (code = :code and id > :id))");
            parameters.and("code", position.string(0)).and("id", position.uuid(1));
        }
        List<Organisation> rows = Organisation.find(where + " order by code, id", parameters).page(0, limit + 1).list();
        return Page.of(rows, limit, o -> Cursor.of(o.code, o.id));
    }

    @Transactional
    public Organisation change(UUID id, LongConsumer ifMatch, ChangeOrganisation command) {
        Organisation organisation = findInScope(id);
        ifMatch.accept(organisation.version);
        if (organisation.retired()) {
            throw new Conflict("ORGANISATION_RETIRED", "organisation " + organisation.code + " was retired on " + organisation.validTo);
        }
        if (!organisation.code.equals(command.code())) {
            requireFreeCode(command.code(), organisation.id);
            organisation.code = command.code();
        }
        organisation.rename(command.name());
        organisation.mayDecideAdmission = command.mayDecideAdmission();
        organisation.population = command.population();
        boolean moving = command.parentId() != null && !command.parentId().equals(organisation.parentId);
        if (organisation.parentId == null && command.parentId() != null) {
            throw new RuleViolation(OrganisationTreeRules.RULE, "the national root has no parent").in("root-has-no-parent");
        }
        List<Organisation> repathed = moving ? move(organisation, command.parentId()) : List.of();
        entityManager.flush();
        outbox.publish(updated(organisation));
        repathed.forEach(descendant -> outbox.publish(updated(descendant)));
        return organisation;
    }

    /**
     * Retires (dissolves or merges) an organisation from {@code date}; its row is kept with valid_to set. With a
     * successor, its current children move under the successor and its current members transfer to it on that day;
     * without one, it must have no current child and no member left (409 otherwise). {@code ifMatch} checks the
     * version the caller read (412 when stale).
     */
    @Transactional
    public Organisation retire(UUID id, LongConsumer ifMatch, LocalDate date, UUID successorId) {
        Organisation organisation = findInScope(id);
        ifMatch.accept(organisation.version);
        if (organisation.parentId == null) {
            throw new RuleViolation(OrganisationTreeRules.RULE, "the national root cannot be retired").in("root-stays");
        }
        if (organisation.retired()) {
            throw new Conflict("ORGANISATION_RETIRED", "organisation " + organisation.code + " was already retired on " + organisation.validTo);
        }
        if (date.isBefore(organisation.validFrom)) {
            throw new BadRequest("DATE_BEFORE_VALID_FROM", "the retirement date " + date + " is before the organisation existed (" + organisation.validFrom + ")");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new BadRequest("DATE_IN_FUTURE", "the retirement date " + date + " is after today");
        }
        List<Organisation> currentChildren = Organisation.list("parentId = ?1 and validTo is null order by code", id);
        List<Member> members = Member.list("cellId = ?1 and leftOn is null order by id", id);
        if (successorId == null) {
            if (!currentChildren.isEmpty() || !members.isEmpty()) {
                throw new Conflict("ORGANISATION_NOT_EMPTY", "organisation " + organisation.code + " still has "
                        + currentChildren.size() + " current child organisations and " + members.size()
                        + " members; move them first or name a successor");
            }
        } else {
            Organisation successor = findInScope(successorId);
            if (successor.retired() || organisation.covers(successor.path)) {
                throw new RuleViolation(OrganisationTreeRules.RULE, "the successor must be a current organisation outside the retiring subtree")
                        .in("successor-invalid", successor.code);
            }
            if (!members.isEmpty() && !successor.kind.isCell()) {
                throw new RuleViolation(OrganisationTreeRules.RULE, "the " + members.size()
                        + " members of " + organisation.code + " need a cell as successor; " + successor.code + " is a " + successor.kind)
                        .in("successor-not-a-cell", members.size(), organisation.code, successor.code, successor.kind);
            }
            for (Organisation child : currentChildren) {
                OrganisationTreeRules.requireChildKind(successor, child.kind);
            }
            for (Member member : members) {
                registry.transfer(member.id, successor.id, date);
            }
            for (Organisation child : currentChildren) {
                List<Organisation> repathed = move(child, successor.id);
                entityManager.flush();
                outbox.publish(updated(child));
                repathed.forEach(descendant -> outbox.publish(updated(descendant)));
            }
        }
        organisation.validTo = date;
        organisation.successorId = successorId;
        outbox.publish(new OrganisationRetired(organisation.id, date, successorId));
        return organisation;
    }

    public static OrganisationRegistered registered(Organisation o) {
        return new OrganisationRegistered(o.id, o.parentId, o.kind, o.code, o.name, o.path, o.mayDecideAdmission,
                o.population, o.validFrom);
    }

    public static OrganisationUpdated updated(Organisation o) {
        return new OrganisationUpdated(o.id, o.parentId, o.kind, o.code, o.name, o.path, o.mayDecideAdmission, o.population);
    }

    /** Re-parents {@code organisation} and re-paths every row of its subtree; returns the moved descendants. */
    private List<Organisation> move(Organisation organisation, UUID newParentId) {
        Organisation parent = findInScope(newParentId);
        if (organisation.covers(parent.path)) {
            throw new RuleViolation(OrganisationTreeRules.RULE, "an organisation cannot move under itself or its own descendant")
                    .in("under-itself", organisation.code, parent.code);
        }
        OrganisationTreeRules.requireChildKind(parent, organisation.kind);
        String oldPath = organisation.path;
        String newPath = parent.path + organisation.id + "/";
        organisation.parentId = parent.id;
        entityManager.flush();
        for (String table : List.of("organisation|path", "member|organisation_path", "member_cell_period|organisation_path",
                "residential_area|organisation_path")) {
            String[] parts = table.split("\\|");
            entityManager.createNativeQuery("UPDATE " + parts[0] + " SET " + parts[1] + " = :new || substr(" + parts[1]
                            + ", :oldLength + 1) WHERE " + parts[1] + " LIKE :old")
                    .setParameter("new", newPath).setParameter("oldLength", oldPath.length())
                    .setParameter("old", oldPath + "%").executeUpdate();
        }
        moved.fire(new OrganisationSubtreeMoved(oldPath, newPath));
        entityManager.refresh(organisation);
        List<Organisation> descendants = Organisation.list("path like ?1 and id <> ?2 order by path", newPath + "%", organisation.id);
        descendants.forEach(entityManager::refresh);
        return descendants;
    }

    private static void requireFreeCode(String code, UUID except) {
        Organisation holder = Organisation.find("code = ?1 and validTo is null", code).firstResult();
        if (holder != null && !holder.id.equals(except)) {
            throw new Conflict("DUPLICATE", "the code " + code + " is already used by a current organisation");
        }
    }
}
