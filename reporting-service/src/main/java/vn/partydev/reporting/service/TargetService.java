package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.problem.Forbidden;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.TargetPeriod;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Admissions targets (chỉ tiêu): assigned to an organisation by a user of its parent (organiser or admin whose
 * subtree covers the parent), per year or per term; read by anyone whose subtree covers the organisation.
 */
@ApplicationScoped
public class TargetService {

    @Inject
    ReadModels readModels;

    @Inject
    CallerScope scope;

    @Inject
    Clock clock;

    /** A target and how it fits with the parent's and the children's. */
    public record TargetState(UUID orgId, String period, long admissions, String setBy, OffsetDateTime setAt, Long childrenTotal,
                              int childrenWithoutTarget, List<String> warnings) {
    }

    @Inject
    ReadModelFreshness freshness;

    @Transactional
    public TargetState set(UUID orgId, String periodLabel, int admissions) {
        String period = TargetPeriod.parse(periodLabel).label();
        try (Connection connection = readModels.active(false)) {
            OrgNode org = visible(connection, orgId);
            OrgNode parent = org.parentId() == null ? null : OrganisationTree.find(connection, org.parentId()).orElse(null);
            boolean mayAssign = (scope.hasRole("organiser") || scope.hasRole("admin"))
                    && (parent != null ? scope.covers(parent.path()) : scope.hasRole("admin"));
            if (!mayAssign) {
                throw new Forbidden("TARGET_SET_BY_PARENT", "the target of " + org.code() + " is assigned by "
                        + (parent == null ? "an administrator of the national level" : "an organiser or administrator of " + parent.code()));
            }
            SqlStatements.update(connection, """
                    INSERT INTO public.admission_target (org_id, period, admissions, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (org_id, period) DO UPDATE SET admissions = excluded.admissions, set_by = excluded.set_by, set_at = excluded.set_at
                    """, orgId, period, admissions, scope.subject(), OffsetDateTime.now(clock));
            return state(connection, org, parent, period);
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }

    @Transactional
    public TargetState get(UUID orgId, String periodLabel) {
        String period = TargetPeriod.parse(periodLabel).label();
        try (Connection connection = readModels.active(false)) {
            OrgNode org = visible(connection, orgId);
            OrgNode parent = org.parentId() == null ? null : OrganisationTree.find(connection, org.parentId()).orElse(null);
            return state(connection, org, parent, period);
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }

    private OrgNode visible(Connection connection, UUID orgId) {
        OrgNode org = OrganisationTree.find(connection, orgId).orElseThrow(() -> freshness.unknownOrganisation(connection, orgId));
        scope.require(org.path(), "organisation", orgId);
        return org;
    }

    private TargetState state(Connection connection, OrgNode org, OrgNode parent, String period) {
        record Stored(long admissions, String setBy, OffsetDateTime setAt) {
        }
        Stored stored = SqlStatements.one(connection, "SELECT admissions, set_by, set_at FROM public.admission_target WHERE org_id = ? AND period = ?",
                row -> new Stored(row.getLong(1), row.getString(2), row.getObject(3, OffsetDateTime.class)), org.id(), period);
        if (stored == null) {
            throw new NotFound("target of organisation " + org.code() + " for", period);
        }
        List<String> warnings = new ArrayList<>();
        Sum children = sum(connection, org.id(), period);
        if (children.withTarget() > 0 && children.total() != stored.admissions()) {
            warnings.add("the children's targets for " + period + " add up to " + children.total() + ", not to " + org.code() + "'s "
                    + stored.admissions() + (children.without() > 0 ? " (" + children.without() + " children have no target yet)" : ""));
        }
        if (parent != null) {
            Long parentTarget = Targets.of(connection, parent.id(), period);
            Sum siblings = sum(connection, parent.id(), period);
            if (parentTarget != null && siblings.total() != parentTarget) {
                warnings.add("the targets of " + parent.code() + "'s children for " + period + " add up to " + siblings.total()
                        + ", not to " + parent.code() + "'s " + parentTarget
                        + (siblings.without() > 0 ? " (" + siblings.without() + " children have no target yet)" : ""));
            }
        }
        return new TargetState(org.id(), period, stored.admissions(), stored.setBy(), stored.setAt(),
                children.withTarget() == 0 ? null : children.total(), children.without(), warnings);
    }

    private record Sum(long total, int withTarget, int without) {
    }

    private static Sum sum(Connection connection, UUID parentId, String period) {
        return SqlStatements.one(connection, """
                SELECT coalesce(sum(t.admissions), 0), count(t.org_id), count(*) - count(t.org_id)
                FROM org_node o LEFT JOIN public.admission_target t ON t.org_id = o.id AND t.period = ?
                WHERE o.parent_id = ? AND o.retired_on IS NULL
                """, row -> new Sum(row.getLong(1), row.getInt(2), row.getInt(3)), period, parentId);
    }
}
