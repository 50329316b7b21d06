package vn.partydev.training.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a trainee earns the certificate when the class completes: attendance meets the class's minimum
 * (R-TRAIN-2) and, where the class requires the awareness check, the trainee passed it. Every reason that fails is
 * listed, not only the first.
 */
public final class CompletionAssessment {

    /** The check was required and not passed. */
    public static final String CHECK_NOT_PASSED = "CHECK_NOT_PASSED";

    private CompletionAssessment() {
    }

    /** One reason a trainee is not certified: a code (a rule id or {@link #CHECK_NOT_PASSED}) and a sentence. */
    public record Reason(String code, String detail) {
    }

    public static List<Reason> reasonsAgainst(int attendedSessions, int plannedSessions, int minimumAttendancePercent,
                                              boolean checkRequired, CheckProgress check) {
        List<Reason> reasons = new ArrayList<>();
        AttendanceRule.shortfall(attendedSessions, plannedSessions, minimumAttendancePercent)
                .ifPresent(detail -> reasons.add(new Reason(AttendanceRule.RULE, detail)));
        if (checkRequired && !check.passed()) {
            reasons.add(new Reason(CHECK_NOT_PASSED, checkDetail(check)));
        }
        return List.copyOf(reasons);
    }

    private static String checkDetail(CheckProgress check) {
        return switch (check.state()) {
            case NOT_EXAMINED -> "the class requires the awareness check and the trainee was not examined";
            case ESSAY_DUE, ESSAY_SUBMITTED, READY_FOR_REEXAMINATION ->
                    "the class requires the awareness check and attempt " + check.attempts() + " on "
                            + check.lastCheckedOn() + " failed with no pass since";
            case PASSED -> throw new IllegalStateException("a passed check is no reason against");
        };
    }
}
