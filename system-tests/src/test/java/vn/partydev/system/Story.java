package vn.partydev.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The story's dates and the ids the services gave to what it created. Every date is chosen so that DOMAIN.md's rules
 * hold (ages, 12 months of probation, certificate validity, working-day deadlines with the seeded 2024–2026 calendar).
 */
final class Story {

    /** The business "today" of every service: Monday 16 November 2026, 10:00 in Vietnam. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    static final String TODAY_INSTANT = "2026-11-16T03:00:00Z";
    static final UUID NATIONAL_ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    static final LocalDate FOUNDED = LocalDate.of(2010, 1, 4);

    // --- source and nomination (autumn 2024, no holiday between these dates)
    static final LocalDate NOMINATED = LocalDate.of(2024, 9, 16);     // Monday
    static final LocalDate LISTED = LocalDate.of(2024, 9, 23);        // 5 working days later
    static final LocalDate HELPERS = LocalDate.of(2024, 9, 24);
    static final LocalDate TASK_DUE = LocalDate.of(2024, 10, 31);
    static final LocalDate TASK_EVALUATED = LocalDate.of(2024, 11, 1);
    // --- awareness class: enrolled 5 working days after listing, certified 14 working days after enrolment
    static final LocalDate ENROLLED = LocalDate.of(2024, 9, 30);
    static final LocalDate CLASS_STARTS = LocalDate.of(2024, 10, 7);
    static final LocalDate CLASS_ENDS = LocalDate.of(2024, 10, 11);
    static final LocalDate CHECKED = LocalDate.of(2024, 10, 11);
    static final LocalDate ESSAY_SUBMITTED = LocalDate.of(2024, 10, 14);
    static final LocalDate ESSAY_ACCEPTED = LocalDate.of(2024, 10, 15);
    static final LocalDate RETAKE = LocalDate.of(2024, 10, 16);
    static final LocalDate CERTIFIED = LocalDate.of(2024, 10, 18);    // completion = issue date; valid until 2029-10-18
    // --- admission cases of 2024: opened 11 working days after certification, admitted 34 working days after opening
    static final LocalDate OPENED = LocalDate.of(2024, 11, 4);
    static final LocalDate BACKGROUND = LocalDate.of(2024, 11, 5);
    static final LocalDate VERIFIED = LocalDate.of(2024, 11, 15);
    static final LocalDate INTRODUCED = LocalDate.of(2024, 11, 18);
    static final LocalDate OPINION = LocalDate.of(2024, 11, 19);
    static final LocalDate CELL_VOTE = LocalDate.of(2024, 11, 25);
    static final LocalDate CELL_RETRY = LocalDate.of(2024, 12, 2);
    static final LocalDate COMMITTEE_VOTE = LocalDate.of(2024, 11, 28);
    static final LocalDate COMMITTEE_RETRY = LocalDate.of(2024, 12, 5);
    static final LocalDate REJECTED = LocalDate.of(2024, 11, 29);
    static final LocalDate DECIDED = LocalDate.of(2024, 12, 9);
    static final LocalDate DECISION_RECEIVED = LocalDate.of(2024, 12, 10);
    static final LocalDate CEREMONY = LocalDate.of(2024, 12, 20);
    // --- probation: new-member theory in March 2025, recognition after 20 December 2025
    static final LocalDate PROBATION_HELPER = LocalDate.of(2024, 12, 23);
    static final LocalDate THEORY_ENROLLED = LocalDate.of(2025, 2, 24);
    static final LocalDate THEORY_STARTS = LocalDate.of(2025, 3, 3);
    static final LocalDate THEORY_ENDS = LocalDate.of(2025, 3, 7);
    static final LocalDate PROBATION_ENDS = LocalDate.of(2025, 12, 20);
    static final LocalDate RECOGNITION_VOTE = LocalDate.of(2025, 12, 22);
    static final LocalDate RECOGNITION_DECIDED = LocalDate.of(2025, 12, 29);
    // --- Giang's case of 2026, decided by nobody: the decision is overdue
    static final LocalDate GIANG_OPENED = LocalDate.of(2026, 6, 1);
    static final LocalDate GIANG_BACKGROUND = LocalDate.of(2026, 6, 2);
    static final LocalDate GIANG_VERIFIED = LocalDate.of(2026, 6, 10);
    static final LocalDate GIANG_INTRODUCED = LocalDate.of(2026, 6, 15);
    static final LocalDate GIANG_OPINION = LocalDate.of(2026, 6, 16);
    static final LocalDate GIANG_CELL_VOTE = LocalDate.of(2026, 7, 1);
    static final LocalDate GIANG_COMMITTEE_VOTE = LocalDate.of(2026, 7, 6);
    /**
     * R-SLA-1, 60 working days after Wednesday 1 July 2026: 22 in July (2–31), 20 in August with the make-up Saturday
     * 22 August and without Monday 31 August (to Friday 28: 43), 1–2 September are the National Day holidays, then
     * 3–4 (45), 7–11 (50), 14–18 (55), 21–25 (60): Friday 25 September 2026.
     */
    static final LocalDate GIANG_DECISION_DUE = LocalDate.of(2026, 9, 25);
    /** Working days after 25 September 2026 up to today: 28 Sep – 13 Nov is 7 weeks (35), plus Monday 16 November. */
    static final int GIANG_DAYS_OVERDUE = 36;

    final Map<String, UUID> organisations = new LinkedHashMap<>();
    final Map<String, UUID> areas = new LinkedHashMap<>();
    final Map<String, UUID> members = new LinkedHashMap<>();
    final Map<String, UUID> candidates = new LinkedHashMap<>();
    final Map<String, UUID> cases = new LinkedHashMap<>();
    final Map<String, UUID> admittedMembers = new LinkedHashMap<>();
    /** Events in each service's feed (national view) after the story: what the broker holds on each topic. */
    final Map<String, Long> feedSizes = new LinkedHashMap<>();
    UUID awarenessClass;
    UUID theoryClass;

    UUID org(String code) {
        return required(organisations, code);
    }

    UUID member(String key) {
        return required(members, key);
    }

    UUID candidate(String name) {
        return required(candidates, name);
    }

    UUID admissionCase(String name) {
        return required(cases, name);
    }

    private static UUID required(Map<String, UUID> ids, String key) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("the story has no " + key + " yet (an earlier step failed?)");
        }
        return id;
    }
}
