package vn.partydev.admission.domain;

import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.problem.BadRequest;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.rules.RuleSet;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The checks a member's record must pass to go on the roll or move: only a current cell holds members, dates agree. */
public final class MemberRules {

    /** Only a cell (chi bộ) holds members (DOMAIN.md §2). */
    public static final String CELL_RULE = "ORG-CELL";

    private MemberRules() {
    }

    /** The cell members may join on {@code date}: it exists, is a cell, and exists on that day (R-ORG-1). */
    public static Organisation requireCurrentCell(UUID cellId, LocalDate date) {
        Organisation cell = Organisation.findById(cellId);
        if (cell == null) {
            throw new NotFound("cell", cellId);
        }
        if (!cell.kind.isCell()) {
            throw new RuleViolation(CELL_RULE, "only a cell (GRASSROOTS_CELL or CELL) holds members; "
                    + cell.code + " is a " + cell.kind)
                    .in("not-a-cell", cell.code, cell.kind);
        }
        OrganisationValidity.requireExisting(cell, date, "joining the cell");
        return cell;
    }

    /** The dates of a member's record, checked against the rule set and today. */
    public static void requireConsistentDates(LocalDate birthDate, MemberStatus status, LocalDate entryDate,
                                              LocalDate officialDate, LocalDate today, RuleSet rules) {
        if (entryDate.isAfter(today)) {
            throw new BadRequest("DATE_IN_FUTURE", "entryDate " + entryDate + " is after today " + today);
        }
        long ageMonths = ChronoUnit.MONTHS.between(birthDate, entryDate);
        if (ageMonths < rules.minimumAgeMonths()) {
            throw new RuleViolation("R-AGE-1", "on the day of entry " + entryDate + " the member was " + ageMonths
                    + " completed months old; at least " + rules.minimumAgeMonths() + " are required")
                    .in("too-young", ageMonths, entryDate, rules.minimumAgeMonths());
        }
        if (status == MemberStatus.PROBATIONARY && officialDate != null) {
            throw new BadRequest("OFFICIAL_DATE_UNEXPECTED", "a PROBATIONARY member has no officialDate");
        }
        if (status == MemberStatus.OFFICIAL) {
            if (officialDate == null) {
                throw new BadRequest("OFFICIAL_DATE_REQUIRED", "an OFFICIAL member needs an officialDate");
            }
            LocalDate probationEnds = entryDate.plusMonths(rules.probationMonths());
            if (officialDate.isBefore(probationEnds)) {
                throw new RuleViolation("R-PROB-1", "officialDate " + officialDate + " is before the end of the "
                        + rules.probationMonths() + "-month probation that started on " + entryDate + " (" + probationEnds + ")")
                        .in("official-too-early", officialDate, rules.probationMonths(), entryDate, probationEnds);
            }
            if (officialDate.isAfter(today)) {
                throw new BadRequest("DATE_IN_FUTURE", "officialDate " + officialDate + " is after today " + today);
            }
        }
    }
}
