package vn.partydev.reporting.service;

import io.agroal.api.AgroalDataSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reporting projects the whole organisation tree itself ({@code org_node}, rebuilt with the other read models),
 * so the caller's scope is resolved from that projection rather than from the platform's replica table — as
 * admission-service does over its own tree.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ReportingOrganisationDirectory implements OrganisationDirectory {

    private static final Pattern GENERATION = Pattern.compile("rm_\\d+");
    private static final String COLUMNS = "id, parent_id, kind, code, name, path, may_decide, retired_on IS NOT NULL";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Optional<OrganisationRef> find(UUID id) {
        return query("WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public List<OrganisationRef> children(UUID id) {
        return query("WHERE parent_id = ? ORDER BY code, id", id);
    }

    private List<OrganisationRef> query(String condition, UUID id) {
        if (id == null) {
            return List.of();
        }
        try (Connection connection = dataSource.getConnection()) {
            String schema = SqlStatements.one(connection, "SELECT active_schema FROM public.read_model", row -> row.getString(1));
            if (schema == null || !GENERATION.matcher(schema).matches()) {
                throw new IllegalStateException("no valid active read-model generation: " + schema);
            }
            return SqlStatements.list(connection, "SELECT " + COLUMNS + " FROM " + schema + ".org_node " + condition,
                    row -> new OrganisationRef(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            OrganisationKind.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6),
                            row.getBoolean(7), row.getBoolean(8)), id);
        } catch (SQLException e) {
            throw new IllegalStateException("the reporting database is unavailable", e);
        }
    }
}
