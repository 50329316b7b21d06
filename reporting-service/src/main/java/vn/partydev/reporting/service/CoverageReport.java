package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.ListLimit;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Coverage (địa bàn, tổ chức cơ sở) as of today: members and their share of the population, residential areas
 * with no member (thôn trắng đảng viên) or no cell, cells under 5 members or under 3 official members, and cells
 * with no admission in the last N years ({@code years}, default 3). Counts are complete; each list carries at most
 * {@code limit} rows ({@link ListLimit}), with a warning giving its total when it is cut short.
 */
@ApplicationScoped
class CoverageReport implements ReportBuilder {

    static final int DEFAULT_YEARS = 3;

    @Override
    public String name() {
        return "coverage";
    }

    @Override
    public boolean needsPeriod() {
        return false;
    }

    @Override
    public Content build(Query query) {
        var connection = query.connection();
        String subtree = query.org().subtree();
        int years = years(query);

        var summary = ReportTable.named("members", "Đảng viên và dân số", "Members and population",
                new Column("orgId", "Mã tổ chức (id)", "Organisation id"),
                new Column("orgCode", "Mã tổ chức", "Organisation code"),
                new Column("orgName", "Tên tổ chức", "Organisation"),
                new Column("members", "Số đảng viên", "Members"),
                new Column("officials", "Đảng viên chính thức", "Official members"),
                new Column("population", "Dân số", "Population"),
                new Column("membersPerPopulationPercent", "Tỷ lệ đảng viên / dân số %", "Members per population %"));
        // the members of the organisation and of each child are one row each of member_rollup (cell_stat summed up every
        // path); the population is one index range of the subtree's communes, grouped by child
        List<OrgNode> children = OrganisationTree.children(connection, query.org().id());
        List<UUID> ids = new ArrayList<>(List.of(query.org().id()));
        children.forEach(child -> ids.add(child.id()));
        Map<UUID, long[]> members = new HashMap<>();
        SqlStatements.list(connection, "SELECT org_id, members, officials FROM member_rollup WHERE org_id = ANY (?)",
                row -> members.put(row.getObject(1, UUID.class), new long[] {row.getLong(2), row.getLong(3)}), SqlStatements.uuids(connection, ids));
        Map<String, Long> populations = new HashMap<>();
        SqlStatements.list(connection, "SELECT split_part(substr(path, ?), '/', 1), sum(population) FROM org_node "
                + "WHERE path LIKE ? AND kind = 'COMMUNE' AND retired_on IS NULL GROUP BY 1",
                row -> populations.put(row.getString(1), (Long) row.getObject(2)), query.org().path().length() + 1, subtree);
        Long totalPopulation = populations.values().stream().filter(Objects::nonNull).reduce(Long::sum).orElse(null);
        summaryRow(summary, query.org(), members.getOrDefault(query.org().id(), new long[2]), totalPopulation);
        for (OrgNode child : children) {
            summaryRow(summary, child, members.getOrDefault(child.id(), new long[2]), populations.get(child.id().toString()));
        }

        Column[] areaColumns = {
                new Column("areaId", "Mã địa bàn (id)", "Residential area id"),
                new Column("areaName", "Thôn, bản, ấp, tổ dân phố", "Residential area"),
                new Column("kind", "Loại", "Kind"),
                new Column("communeId", "Mã xã, phường (id)", "Commune id"),
                new Column("communeCode", "Mã xã, phường", "Commune code"),
                new Column("communeName", "Xã, phường", "Commune"),
                new Column("members", "Số đảng viên", "Members"),
                new Column("hasCell", "Có chi bộ", "Has a cell")};
        var withoutMembers = ReportTable.named("areas-without-members", "Thôn, tổ dân phố chưa có đảng viên", "Residential areas without members", areaColumns);
        var withoutCell = ReportTable.named("areas-without-cell", "Thôn, tổ dân phố chưa có chi bộ", "Residential areas without a cell", areaColumns);
        ListLimit limit = ListLimit.of(query.options());
        List<String> warnings = new ArrayList<>();
        String areas = """
                SELECT r.id, r.name, r.kind, r.commune_id, o.code, o.name, r.members, r.covering_cell_id IS NOT NULL
                FROM residential_area r LEFT JOIN org_node o ON o.id = r.commune_id
                WHERE r.commune_path LIKE ? AND %s ORDER BY o.code, r.name LIMIT ?
                """;
        for (var list : List.of(Map.entry(withoutMembers, "r.members = 0"), Map.entry(withoutCell, "r.covering_cell_id IS NULL"))) {
            long count = SqlStatements.count(connection, "SELECT count(*) FROM residential_area r WHERE r.commune_path LIKE ? AND " + list.getValue(), subtree);
            long shown = count == 0 ? 0 : SqlStatements.list(connection, areas.formatted(list.getValue()), row -> list.getKey().row(row.getObject(1, UUID.class).toString(),
                    row.getString(2), row.getString(3), row.getObject(4, UUID.class).toString(), row.getString(5), row.getString(6), row.getLong(7),
                    row.getBoolean(8)), subtree, limit.rows()).size();
            addWarning(warnings, limit.warning(list.getKey().name(), count, shown));
        }

        Column[] cellColumns = {
                new Column("cellId", "Mã chi bộ (id)", "Cell id"),
                new Column("cellCode", "Mã chi bộ", "Cell code"),
                new Column("cellName", "Chi bộ", "Cell"),
                new Column("members", "Số đảng viên", "Members"),
                new Column("officials", "Đảng viên chính thức", "Official members"),
                new Column("lastAdmittedOn", "Lần kết nạp gần nhất", "Latest admission")};
        var underFive = ReportTable.named("cells-under-5-members", "Chi bộ dưới 5 đảng viên", "Cells with fewer than 5 members", cellColumns);
        var underThree = ReportTable.named("cells-under-3-officials", "Chi bộ dưới 3 đảng viên chính thức", "Cells with fewer than 3 official members", cellColumns);
        LocalDate since = query.today().minusYears(years);
        var noAdmission = ReportTable.named("no-recent-admission", "Chi bộ không kết nạp đảng viên trong " + years + " năm",
                "Cells with no admission in the last " + years + " years", cellColumns);
        // each list is one partial index of cell_stat (which carries the cell's code, name and whether it is a current cell):
        // its total an index-only count over the subtree's path range, its rows that index read in code order up to the limit
        var lists = List.of(underFive, underThree, noAdmission);
        List<String> conditions = List.of("members < 5", "officials < 3", "(last_admitted_on IS NULL OR last_admitted_on < ?)");
        long[] totals = SqlStatements.one(connection, """
                SELECT (SELECT count(*) FROM cell_stat WHERE current_cell AND members < 5 AND org_path LIKE ?),
                       (SELECT count(*) FROM cell_stat WHERE current_cell AND officials < 3 AND org_path LIKE ?),
                       (SELECT count(*) FROM cell_stat WHERE current_cell AND last_admitted_on IS NULL AND org_path LIKE ?)
                       + (SELECT count(*) FROM cell_stat WHERE current_cell AND last_admitted_on < ? AND org_path LIKE ?)
                """, row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3)}, subtree, subtree, subtree, since, subtree);
        for (int list = 0; list < 3; list++) {
            if (totals[list] > 0) {
                String cells = "SELECT cell_id, code, name, members, officials, last_admitted_on FROM cell_stat "
                        + "WHERE current_cell AND " + conditions.get(list) + " AND org_path LIKE ? ORDER BY code LIMIT ?";
                var table = lists.get(list);
                SqlStatements.list(connection, cells, row -> cellRow(table, row),
                        list == 2 ? new Object[] {since, subtree, limit.rows()} : new Object[] {subtree, limit.rows()});
            }
            addWarning(warnings, limit.warning(lists.get(list).name(), totals[list], Math.min(totals[list], limit.rows())));
        }
        return new Content(List.of(summary.build(), withoutMembers.build(), withoutCell.build(), underFive.build(), underThree.build(),
                noAdmission.build()), warnings);
    }

    private static void summaryRow(ReportTable.Builder summary, OrgNode org, long[] members, Long communesPopulation) {
        Long population = org.population() != null ? Long.valueOf(org.population()) : communesPopulation;
        summary.row(org.id().toString(), org.code(), org.name(), members[0], members[1], population, Percentage.of(members[0], population));
    }

    private static void addWarning(List<String> warnings, String warning) {
        if (warning != null) {
            warnings.add(warning);
        }
    }

    private static ReportTable.Builder cellRow(ReportTable.Builder table, java.sql.ResultSet row) throws java.sql.SQLException {
        return table.row(row.getObject(1, UUID.class).toString(), row.getString(2), row.getString(3), row.getLong(4), row.getLong(5),
                row.getObject(6, LocalDate.class));
    }

    private static int years(Query query) {
        String value = query.options().get("years");
        if (value == null) {
            return DEFAULT_YEARS;
        }
        try {
            int years = Integer.parseInt(value);
            if (years >= 1 && years <= 50) {
                return years;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new vn.partydev.reporting.domain.InvalidParameter("years", "years must be a whole number from 1 to 50, was '" + value + "'");
    }
}
