package vn.partydev.local.demo;

/**
 * The steps a demo candidate goes through, in the order of DOMAIN.md 3.1–3.4. A candidate of the plan takes the
 * steps up to its cohort's last one, each on its own date, and only those dated on or before the day of the load.
 */
enum PipelineStep {
    NOMINATION, LISTING, HELPER, TRIAL_TASK, TRIAL_TASK_EVALUATION, REMOVAL,
    ENROLMENT, AWARENESS_CHECK, CERTIFICATE,
    CASE_OPENED, APPLICATION, BACKGROUND, VERIFICATION_TASKS, VERIFICATION_DONE, INTRODUCTIONS, OPINION,
    CELL_VOTE, REJECTION, COMMITTEE_VOTE, DECISION, CEREMONY,
    PROBATION_HELPER, THEORY_ENROLMENT, THEORY_CERTIFICATE, RECOGNITION_VOTE, RECOGNITION_DECISION, STRIKE_OFF
}
