package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.reporting.domain.InvalidPeriod;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Period;
import vn.partydev.reporting.domain.Report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Computes a report for an organisation's subtree from the active read models. */
@ApplicationScoped
public class ReportService {

    @Inject
    ReadModels readModels;

    @Inject
    Instance<ReportBuilder> builders;

    @Inject
    CallerScope scope;

    @Inject
    Clock clock;

    @Inject
    ReadModelFreshness freshness;

    /** The names of the reports, as used in URLs. */
    public List<String> names() {
        return builders.stream().map(ReportBuilder::name).sorted().toList();
    }

    /**
     * The report {@code name} for {@code orgId}; the period is a label or from/to dates (optional for the reports
     * that describe today). Unknown report or organisation outside the caller's subtree → 404; bad period → {@link InvalidPeriod}.
     */
    @Transactional
    public Report report(String name, UUID orgId, String periodLabel, String from, String to, Map<String, String> options) {
        ReportBuilder builder = builders.stream().filter(b -> b.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFound("report", name));
        LocalDate today = LocalDate.now(clock);
        Period period;
        if (periodLabel == null && from == null && to == null) {
            if (builder.needsPeriod()) {
                throw new InvalidPeriod("period is required (e.g. 2026, 2026-03, 2026-Q1, 2026-H1, 2026-M9, 2025-2030) or from/to dates");
            }
            period = new Period("today", Period.Kind.RANGE, today, today);
        } else {
            period = Period.of(periodLabel, from, to);
        }
        try (Connection connection = readModels.active(false)) {
            // read before the figures: they are then at least as fresh as what is claimed
            ReadModelFreshness.State fresh = freshness.of(connection);
            OrgNode org = OrganisationTree.find(connection, orgId).orElseThrow(() -> freshness.unknownOrganisation(connection, orgId));
            scope.require(org.path(), "organisation", orgId);
            var content = builder.build(new ReportBuilder.Query(connection, org, period, today, options));
            return new Report(name, org.id(), org.code(), org.name(), period.label(), period.from(), period.to(),
                    fresh.asOf(), fresh.freshness(), warnings(fresh, content.warnings()), content.tables());
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }

    private static List<String> warnings(ReadModelFreshness.State fresh, List<String> reportWarnings) {
        List<String> warnings = new ArrayList<>(fresh.warnings());
        warnings.addAll(reportWarnings);
        return warnings;
    }
}
