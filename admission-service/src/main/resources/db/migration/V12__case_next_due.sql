-- The deadlines work queue (GET /api/v1/deadlines) at national scale: each case row carries the step it waits for,
-- its rule and due date (kept by the entity whenever the case is written), so the queue is one range read of the
-- caller's subtree instead of loading every waiting case. Closed cases and cases before the cell resolution have none.
ALTER TABLE admission_case
    ADD COLUMN next_due_on   DATE,
    ADD COLUMN next_due_step VARCHAR(40),
    ADD COLUMN next_due_rule VARCHAR(20);

-- Rows written before this migration (none are released yet; kept so a local database upgrades cleanly).
UPDATE admission_case SET
    next_due_step = CASE state
        WHEN 'CELL_ADOPTED' THEN CASE WHEN committee_id IS NOT NULL THEN 'COMMITTEE_VOTE_AND_DECISION' ELSE 'DECISION' END
        WHEN 'COMMITTEE_ADOPTED' THEN 'DECISION'
        WHEN 'DECIDED' THEN 'CEREMONY'
        WHEN 'PROBATION' THEN 'RECOGNITION_VOTE'
        ELSE 'RECOGNITION_DECISION' END,
    next_due_rule = CASE state
        WHEN 'CELL_ADOPTED' THEN 'R-SLA-1' WHEN 'COMMITTEE_ADOPTED' THEN 'R-SLA-1'
        WHEN 'DECIDED' THEN 'R-SLA-2' ELSE 'R-SLA-3' END,
    next_due_on = CASE state
        WHEN 'CELL_ADOPTED' THEN coalesce(decision_extended_to, decision_due)
        WHEN 'COMMITTEE_ADOPTED' THEN coalesce(decision_extended_to, decision_due)
        WHEN 'DECIDED' THEN ceremony_due
        WHEN 'PROBATION' THEN recognition_vote_due
        ELSE coalesce(recognition_extended_to, recognition_decision_due) END
WHERE state IN ('CELL_ADOPTED', 'COMMITTEE_ADOPTED', 'DECIDED', 'PROBATION', 'RECOGNITION_ADOPTED',
                'RECOGNITION_REFUSED', 'ESCALATED');

-- Subtree prefix first (every query is scoped), then the due date; only rows that wait for something.
CREATE INDEX admission_case_next_due ON admission_case (organisation_path text_pattern_ops, next_due_on, id)
    WHERE next_due_on IS NOT NULL;
