package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.OrgNode;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Coverage (địa bàn, tổ chức cơ sở) as of today: members and their share of the population, residential areas
 * with no member (thôn trắng đảng viên) or no cell, cells under 5 members or under 3 official members, and cells
 * with no admission in the last N years ({@code years}, default 3).
 */
@ApplicationScoped
class CoverageReport implements ReportBuilder {

    static final int DEFAULT_YEARS = 3;
    private static final String CELL_KINDS = "('CELL', 'GRASSROOTS_CELL')";

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
        List<OrgNode> orgs = new ArrayList<>();
        orgs.add(query.org());
        orgs.addAll(OrganisationTree.children(connection, query.org().id()));
        for (OrgNode org : orgs) {
            long[] members = SqlStatements.one(connection, "SELECT coalesce(sum(s.members), 0), coalesce(sum(s.officials), 0) "
                    + "FROM org_node o JOIN cell_stat s ON s.cell_id = o.id WHERE o.path LIKE ?",
                    row -> new long[] {row.getLong(1), row.getLong(2)}, org.subtree());
            Long population = org.population() != null ? Long.valueOf(org.population()) : SqlStatements.one(connection,
                    "SELECT sum(population) FROM org_node WHERE path LIKE ? AND kind = 'COMMUNE' AND retired_on IS NULL",
                    row -> (Long) row.getObject(1), org.subtree());
            summary.row(org.id().toString(), org.code(), org.name(), members[0], members[1], population,
                    Percentage.of(members[0], population));
        }

        Column[] areaColumns = {
                new Column("areaId", "Mã địa bàn (id)", "Residential area id"),
                new Column("areaName", "Thôn, bản, ấp, tổ dân phố", "Residential area"),
                new Column("kind", "Loại", "Kind"),
                new Column("communeCode", "Mã xã, phường", "Commune code"),
                new Column("communeName", "Xã, phường", "Commune"),
                new Column("members", "Số đảng viên", "Members"),
                new Column("hasCell", "Có chi bộ", "Has a cell")};
        var withoutMembers = ReportTable.named("areas-without-members", "Thôn, tổ dân phố chưa có đảng viên", "Residential areas without members", areaColumns);
        var withoutCell = ReportTable.named("areas-without-cell", "Thôn, tổ dân phố chưa có chi bộ", "Residential areas without a cell", areaColumns);
        String areas = """
                SELECT r.id, r.name, r.kind, o.code, o.name, r.members, r.covering_cell_id IS NOT NULL
                FROM residential_area r LEFT JOIN org_node o ON o.id = r.commune_id
                WHERE r.commune_path LIKE ? AND %s ORDER BY o.code, r.name
                """;
        SqlStatements.list(connection, areas.formatted("r.members = 0"), row -> withoutMembers.row(row.getObject(1, UUID.class).toString(),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getLong(6), row.getBoolean(7)), subtree);
        SqlStatements.list(connection, areas.formatted("r.covering_cell_id IS NULL"), row -> withoutCell.row(row.getObject(1, UUID.class).toString(),
                row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getLong(6), row.getBoolean(7)), subtree);

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
        String cells = """
                SELECT o.id, o.code, o.name, coalesce(s.members, 0), coalesce(s.officials, 0), s.last_admitted_on
                FROM org_node o LEFT JOIN cell_stat s ON s.cell_id = o.id
                WHERE o.path LIKE ? AND o.kind IN %s AND o.retired_on IS NULL AND %s ORDER BY o.code
                """;
        SqlStatements.list(connection, cells.formatted(CELL_KINDS, "coalesce(s.members, 0) < 5"), row -> cellRow(underFive, row), subtree);
        SqlStatements.list(connection, cells.formatted(CELL_KINDS, "coalesce(s.officials, 0) < 3"), row -> cellRow(underThree, row), subtree);
        SqlStatements.list(connection, cells.formatted(CELL_KINDS, "(s.last_admitted_on IS NULL OR s.last_admitted_on < ?)"),
                row -> cellRow(noAdmission, row), subtree, since);
        return Content.of(summary.build(), withoutMembers.build(), withoutCell.build(), underFive.build(), underThree.build(), noAdmission.build());
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
