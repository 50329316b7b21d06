package vn.partydev.admission.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.scope.OrganisationRef;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Questions about the member roll on a given day, answered from the membership history (member_cell_period) so that
 * votes and counts use the roll as it was on the vote date, not as it is today (R-VOTE-1, R-CELL-1, R-INTRO-2).
 * A period is {@code [from_date, to_date)}: on the day of a transfer the member belongs to the new cell; on the day
 * of leaving, to none.
 */
@ApplicationScoped
public class MemberRoll {

    private static final String IN_CELL_ON = " FROM member_cell_period p JOIN member m ON m.id = p.member_id"
            + " WHERE p.cell_id = :cell AND p.from_date <= :day AND (p.to_date IS NULL OR p.to_date > :day)";

    @Inject
    EntityManager entityManager;

    /** The official members of {@code cellId} on {@code date}, ordered by id. */
    @SuppressWarnings("unchecked")
    public List<UUID> officialMembersOn(UUID cellId, LocalDate date) {
        return entityManager.createNativeQuery("SELECT p.member_id" + IN_CELL_ON
                        + " AND m.official_date <= :day ORDER BY p.member_id", UUID.class)
                .setParameter("cell", cellId).setParameter("day", date).getResultList();
    }

    public int officialMemberCount(UUID cellId, LocalDate date) {
        return count("SELECT count(*)" + IN_CELL_ON + " AND m.official_date <= :day", cellId, date);
    }

    /** Every member (probationary and official) of {@code cellId} on {@code date}. */
    public int memberCount(UUID cellId, LocalDate date) {
        return count("SELECT count(*)" + IN_CELL_ON, cellId, date);
    }

    /** Members on the roll today whose residence is {@code residentialAreaId}. */
    public int currentMembersLivingIn(UUID residentialAreaId) {
        return ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM member WHERE residential_area_id = :area AND left_on IS NULL")
                .setParameter("area", residentialAreaId).getSingleResult()).intValue();
    }

    /** The member's cell and status on {@code date}; empty when not on the roll that day (not yet entered, or left). */
    public Optional<MemberOnDate> memberOn(UUID memberId, LocalDate date) {
        Member member = Member.findById(memberId);
        if (member == null) {
            return Optional.empty();
        }
        Optional<MemberStatus> status = member.statusOn(date);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        return cellPeriods(memberId).stream().filter(period -> period.contains(date)).findFirst()
                .map(period -> new MemberOnDate(memberId, date, period.cellId(), period.organisationPath(),
                        status.get(), member.entryDate,
                        status.get() == MemberStatus.OFFICIAL ? member.officialDate : null));
    }

    /** The member's stays in cells, oldest first. */
    public List<CellPeriod> cellPeriods(UUID memberId) {
        List<?> rows = entityManager.createNativeQuery("SELECT cell_id, organisation_path, from_date, to_date"
                        + " FROM member_cell_period WHERE member_id = :member ORDER BY from_date")
                .setParameter("member", memberId).getResultList();
        List<CellPeriod> periods = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] values = (Object[]) row;
            periods.add(new CellPeriod((UUID) values[0], (String) values[1], localDate(values[2]), localDate(values[3])));
        }
        return periods;
    }

    /**
     * The grassroots organisation (tổ chức cơ sở đảng) a cell belongs to: the nearest grassroots committee or
     * grassroots cell at or above it; for a cell directly under a commune committee, that commune committee.
     */
    public Optional<OrganisationRef> grassrootsOrganisationOf(UUID cellId) {
        Organisation cell = Organisation.findById(cellId);
        if (cell == null) {
            return Optional.empty();
        }
        List<UUID> lineage = Arrays.stream(cell.path.split("/")).filter(part -> !part.isEmpty()).map(UUID::fromString).toList();
        List<Organisation> ancestors = Organisation.list("id in ?1", lineage);
        Organisation commune = null;
        for (int i = lineage.size() - 1; i >= 0; i--) {
            UUID id = lineage.get(i);
            Organisation node = ancestors.stream().filter(o -> o.id.equals(id)).findFirst().orElseThrow();
            if (node.kind.isGrassroots()) {
                return Optional.of(node.ref());
            }
            if (node.kind == OrganisationKind.COMMUNE && commune == null) {
                commune = node;
            }
        }
        return Optional.ofNullable(commune).map(Organisation::ref);
    }

    private int count(String sql, UUID cellId, LocalDate date) {
        return ((Number) entityManager.createNativeQuery(sql)
                .setParameter("cell", cellId).setParameter("day", date).getSingleResult()).intValue();
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate day ? day : ((Date) value).toLocalDate();
    }
}
