package vn.partydev.candidate.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where a candidate stands in the pipeline. Never set by a caller: it is derived from the facts the service has
 * learnt (its own list decisions, the training and admission events), whatever order the events arrived in.
 */
public enum CandidateStatus {
    NOMINATED, LISTED, IN_TRAINING, CERTIFIED, IN_ADMISSION, ADMITTED, REMOVED, REJECTED;

    /** R-CAND-1 counts a candidacy as active unless it ended without admission. */
    public boolean isActive() {
        return this != REMOVED && this != REJECTED;
    }

    /** The cell may still decide about the person (list, remove, helpers, tasks) only before a case is opened. */
    public boolean isBeforeAdmission() {
        return this == NOMINATED || this == LISTED || this == IN_TRAINING || this == CERTIFIED;
    }

    /**
     * The status the facts imply. An admission wins over everything; a removal by the cell over what follows it;
     * an open case means in admission; a case that ended in rejection (the latest to end) means rejected; a
     * withdrawn case puts the person back on the list at the stage reached before it.
     */
    public static CandidateStatus derive(PipelineFacts facts) {
        List<CaseTrace> cases = facts.cases();
        if (cases.stream().anyMatch(trace -> trace.outcome() == CaseOutcome.ADMITTED)) {
            return ADMITTED;
        }
        if (facts.removed()) {
            return REMOVED;
        }
        if (cases.stream().anyMatch(trace -> trace.outcome() == null)) {
            return IN_ADMISSION;
        }
        Optional<CaseTrace> lastEnded = cases.stream()
                .max(Comparator.comparing(CaseTrace::outcomeOn, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (lastEnded.isPresent() && lastEnded.get().outcome() == CaseOutcome.REJECTED) {
            return REJECTED;
        }
        if (facts.certified()) {
            return CERTIFIED;
        }
        if (facts.enrolled()) {
            return IN_TRAINING;
        }
        return facts.listed() ? LISTED : NOMINATED;
    }

    /** How an admission case of the candidate ended, as learnt from admission-service. */
    public enum CaseOutcome {
        ADMITTED, REJECTED, WITHDRAWN
    }

    /** One admission case as far as it is known: {@code outcome} null while it is open. */
    public record CaseTrace(CaseOutcome outcome, java.time.LocalDate outcomeOn) {
    }

    /** What is known about the candidate's path. */
    public record PipelineFacts(boolean listed, boolean enrolled, boolean certified, boolean removed, List<CaseTrace> cases) {
    }
}
