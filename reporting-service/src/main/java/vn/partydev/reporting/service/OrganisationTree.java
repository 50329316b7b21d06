package vn.partydev.reporting.service;

import vn.partydev.reporting.domain.OrgNode;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the projected organisation tree. */
final class OrganisationTree {

    private static final String COLUMNS = "id, parent_id, path, kind, code, name, population";

    private OrganisationTree() {
    }

    static Optional<OrgNode> find(Connection connection, UUID id) {
        return Optional.ofNullable(SqlStatements.one(connection, "SELECT " + COLUMNS + " FROM org_node WHERE id = ?",
                OrganisationTree::node, id));
    }

    /** The node's children that still exist, by code. */
    static List<OrgNode> children(Connection connection, UUID id) {
        return SqlStatements.list(connection, "SELECT " + COLUMNS + " FROM org_node WHERE parent_id = ? AND retired_on IS NULL ORDER BY code",
                OrganisationTree::node, id);
    }

    static OrgNode node(ResultSet row) throws SQLException {
        return new OrgNode(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), (Integer) row.getObject(7));
    }
}
