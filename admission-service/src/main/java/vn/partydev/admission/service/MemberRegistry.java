package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.partydev.admission.domain.Member;
import vn.partydev.admission.domain.MemberRules;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.domain.ResidentialArea;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.admission.MemberLeft;
import vn.partydev.platform.events.admission.MemberLeft.LeaveReason;
import vn.partydev.platform.events.admission.MemberRegistered;
import vn.partydev.platform.events.admission.MemberTransferred;
import vn.partydev.platform.outbox.Outbox;
import vn.partydev.platform.problem.Conflict;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSets;
import vn.partydev.platform.search.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The one writer of the member roll (the bulk import aside): registration, transfer between cells, leaving,
 * recognition as official, strike-off. Keeps the member row and its membership history (member_cell_period) in
 * step, so counts per cell on any day stay exact. Does not
 * check the caller's scope: {@link MemberAdministration} does that for the API; the admission procedure calls this
 * directly.
 */
@ApplicationScoped
public class MemberRegistry {

    @Inject
    EntityManager entityManager;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Puts an existing member on the roll and publishes {@code MemberRegistered}. */
    @Transactional
    public Member register(RegisterMember command) {
        Member member = enrol(command);
        outbox.publish(registered(member));
        return member;
    }

    /**
     * Puts a member admitted through the procedure on the roll without publishing {@code MemberRegistered}: the
     * procedure publishes {@code MemberAdmitted} for the same fact.
     */
    @Transactional
    public Member admit(RegisterMember command) {
        return enrol(command);
    }

    /** Recognises a probationary member as official from {@code officialDate} (the procedure publishes the event). */
    @Transactional
    public Member recognise(UUID memberId, LocalDate officialDate) {
        Member member = onRoll(memberId);
        if (member.status == MemberStatus.OFFICIAL) {
            throw new Conflict("ALREADY_OFFICIAL", "member " + memberId + " is already official since " + member.officialDate);
        }
        if (officialDate.isBefore(member.entryDate)) {
            throw new RuleViolation("R-DATE-1", "the official date " + officialDate + " is before the day of entry " + member.entryDate)
                    .in("before-entry", officialDate, member.entryDate);
        }
        member.status = MemberStatus.OFFICIAL;
        member.officialDate = officialDate;
        return member;
    }

    /** Moves a member to another cell from {@code date} and publishes {@code MemberTransferred}. */
    @Transactional
    public Member transfer(UUID memberId, UUID toCellId, LocalDate date) {
        Member member = onRoll(memberId);
        requireNotFuture(date);
        if (member.cellId.equals(toCellId)) {
            throw new Conflict("SAME_CELL", "the member already belongs to cell " + toCellId);
        }
        Organisation target = MemberRules.requireCurrentCell(toCellId, date);
        LocalDate currentFrom = currentPeriodStart(memberId);
        if (!date.isAfter(currentFrom)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the transfer date " + date
                    + " must be after the start of the member's stay in the current cell (" + currentFrom + ")");
        }
        UUID fromCell = member.cellId;
        closeCurrentPeriod(memberId, date);
        openPeriod(memberId, target, date);
        member.cellId = target.id;
        member.organisationPath = target.path;
        outbox.publish(new MemberTransferred(memberId, fromCell, target.id, date));
        return member;
    }

    /** Takes a member off the roll from {@code date} and publishes {@code MemberLeft}. */
    @Transactional
    public Member leave(UUID memberId, LeaveReason reason, LocalDate date) {
        Member member = onRoll(memberId);
        requireNotFuture(date);
        takeOff(member, reason, date);
        outbox.publish(new MemberLeft(memberId, member.cellId, date, reason));
        return member;
    }

    /**
     * Strikes a probationary member off the roll (xóa tên) from the decision date, as the recognition procedure
     * decided. Publishes nothing: the procedure publishes {@code MemberStruckOff} for the same fact, and a
     * {@code MemberLeft} as well would count the member's departure twice downstream.
     */
    @Transactional
    public Member strikeOff(UUID memberId, LocalDate date) {
        Member member = onRoll(memberId);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw new Conflict("NOT_PROBATIONARY", "member " + memberId + " is " + member.status
                    + "; only a probationary member is struck off");
        }
        takeOff(member, LeaveReason.REMOVED, date);
        return member;
    }

    public static MemberRegistered registered(Member member) {
        return new MemberRegistered(member.id, member.cellId, member.residentialAreaId, member.status,
                member.entryDate, member.officialDate, member.demographics(member.entryDate));
    }

    private Member enrol(RegisterMember command) {
        Organisation cell = MemberRules.requireCurrentCell(command.cellId(), command.entryDate());
        MemberRules.requireConsistentDates(command.birthDate(), command.status(), command.entryDate(),
                command.officialDate(), LocalDate.now(clock), RuleSets.defaultSet());
        if (command.residentialAreaId() != null && ResidentialArea.findById(command.residentialAreaId()) == null) {
            throw new NotFound("residential area", command.residentialAreaId());
        }
        if (command.citizenId() != null && Member.count("citizenId", command.citizenId()) > 0) {
            throw new Conflict("DUPLICATE", "a member with this citizen id is already on the roll");
        }
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        if (Member.findById(id) != null) {
            throw new Conflict("DUPLICATE", "member " + id + " is already on the roll");
        }
        Member member = new Member();
        member.id = id;
        member.fullName = command.fullName();
        member.nameSearch = VietnameseText.normalise(command.fullName());
        member.citizenId = command.citizenId();
        member.categories = command.categories();
        member.cellId = cell.id;
        member.organisationPath = cell.path;
        member.residentialAreaId = command.residentialAreaId();
        member.status = command.status();
        member.entryDate = command.entryDate();
        member.officialDate = command.officialDate();
        member.persist();
        entityManager.flush();
        openPeriod(id, cell, command.entryDate());
        return member;
    }

    private Member onRoll(UUID memberId) {
        Member member = Member.findById(memberId);
        if (member == null) {
            throw new NotFound("member", memberId);
        }
        if (!member.onRoll()) {
            throw new Conflict("MEMBER_LEFT", "member " + memberId + " left the roll on " + member.leftOn);
        }
        return member;
    }

    /** Closes the current membership period on {@code date}: from that day the member no longer counts anywhere. */
    private void takeOff(Member member, LeaveReason reason, LocalDate date) {
        LocalDate currentFrom = currentPeriodStart(member.id);
        if (date.isBefore(currentFrom)) {
            throw new Conflict("STEP_OUT_OF_ORDER", "the leaving date " + date
                    + " is before the start of the member's stay in the current cell (" + currentFrom + ")");
        }
        closeCurrentPeriod(member.id, date);
        member.leftOn = date;
        member.leaveReason = reason;
    }

    private void requireNotFuture(LocalDate date) {
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            throw new vn.partydev.platform.problem.BadRequest("DATE_IN_FUTURE", "the date " + date + " is after today " + today);
        }
    }

    private LocalDate currentPeriodStart(UUID memberId) {
        return (LocalDate) entityManager.createNativeQuery(
                        "SELECT from_date FROM member_cell_period WHERE member_id = :member AND to_date IS NULL", LocalDate.class)
                .setParameter("member", memberId).getSingleResult();
    }

    private void closeCurrentPeriod(UUID memberId, LocalDate date) {
        entityManager.createNativeQuery("UPDATE member_cell_period SET to_date = :day WHERE member_id = :member AND to_date IS NULL")
                .setParameter("day", date).setParameter("member", memberId).executeUpdate();
    }

    private void openPeriod(UUID memberId, Organisation cell, LocalDate from) {
        entityManager.createNativeQuery("INSERT INTO member_cell_period (member_id, cell_id, organisation_path, from_date)"
                        + " VALUES (:member, :cell, :path, :from)")
                .setParameter("member", memberId).setParameter("cell", cell.id).setParameter("path", cell.path)
                .setParameter("from", from).executeUpdate();
    }
}
