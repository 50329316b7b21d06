package vn.partydev.admission.service;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.admission.MemberLeft.LeaveReason;
import vn.partydev.platform.http.Cursor;
import vn.partydev.platform.http.Page;
import vn.partydev.platform.privacy.PersonalDataAccessLog;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.search.LikePatterns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The member roll as the API offers it: every read and write confined to the caller's subtree, reads of names logged. */
@ApplicationScoped
public class MemberAdministration {

    @Inject
    CallerScope scope;
    @Inject
    MemberRegistry registry;
    @Inject
    PersonalDataAccessLog accessLog;

    @Transactional
    public Member register(RegisterMember command) {
        requireCellInScope(command.cellId());
        if (command.residentialAreaId() != null) {
            requireAreaInScope(command.residentialAreaId());
        }
        return registry.register(command);
    }

    @Transactional
    public Member read(UUID id, String purpose) {
        Member member = findInScope(id);
        accessLog.record("member", id, purpose);
        return member;
    }

    /** Members of the caller's subtree by accent-insensitive name, ordered by name then id. */
    @Transactional
    public Page<Member> search(UUID cellId, String q, MemberStatus status, boolean includeLeft, int limit, String cursor) {
        StringBuilder where = new StringBuilder("organisationPath like :scope");
        Parameters parameters = Parameters.with("scope", scope.likePattern());
        if (cellId != null) {
            requireCellInScope(cellId);
            where.append(" and cellId = :cell");
            parameters.and("cell", cellId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" and nameSearch like :q" + LikePatterns.HQL_ESCAPE);
            parameters.and("q", LikePatterns.containingName(q));
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (!includeLeft) {
            where.append(" and leftOn is null");
        }
        if (cursor != null) {
            Cursor position = Cursor.decode(cursor, 2);
            where.append(" and (coalesce(nameSearch, '') > :name or (coalesce(nameSearch, '') = :name and id > :id))");
            parameters.and("name", position.string(0)).and("id", position.uuid(1));
        }
        List<Member> rows = Member.find(where + " order by coalesce(nameSearch, ''), id", parameters).page(0, limit + 1).list();
        Page<Member> page = Page.of(rows, limit, m -> Cursor.of(m.nameSearch == null ? "" : m.nameSearch, m.id));
        page.items().forEach(member -> accessLog.record("member", member.id, "member roll search"));
        return page;
    }

    /**
     * The receiving cell must lie in the caller's subtree too (outside it, the same 404 as an unknown cell): a transfer
     * between communes is made by an organiser of an organisation above both (the province for two of its communes).
     */
    @Transactional
    public Member transfer(UUID id, UUID toCellId, LocalDate date) {
        findInScope(id);
        requireCellInScope(toCellId);
        return registry.transfer(id, toCellId, date);
    }

    @Transactional
    public Member leave(UUID id, LeaveReason reason, LocalDate date) {
        findInScope(id);
        return registry.leave(id, reason, date);
    }

    private Member findInScope(UUID id) {
        Member member = Member.findById(id);
        if (member == null || !scope.covers(member.organisationPath)) {
            throw new NotFound("member", id);
        }
        return member;
    }

    private void requireAreaInScope(UUID areaId) {
        ResidentialArea area = ResidentialArea.findById(areaId);
        if (area == null || !scope.covers(area.organisationPath)) {
            throw new NotFound("residential area", areaId);
        }
    }

    private void requireCellInScope(UUID cellId) {
        Organisation cell = Organisation.findById(cellId);
        if (cell == null || !scope.covers(cell.path)) {
            throw new NotFound("cell", cellId);
        }
    }
}
