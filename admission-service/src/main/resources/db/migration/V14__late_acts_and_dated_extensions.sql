-- Deadlines (R-SLA-1/2/3) are duties, not conditions of validity: a late act is recorded with its real date and how
-- many working days late it was (0 = on time; NULL = not recorded yet). An extension is granted on its own date, on
-- or before the deadline it extends.
ALTER TABLE admission_case
    ADD COLUMN decision_extension_granted_on    DATE,
    ADD COLUMN decision_late_working_days       INTEGER CHECK (decision_late_working_days >= 0),
    ADD COLUMN ceremony_late_working_days       INTEGER CHECK (ceremony_late_working_days >= 0),
    ADD COLUMN recognition_extension_granted_on DATE,
    ADD COLUMN recognition_late_working_days    INTEGER CHECK (recognition_late_working_days >= 0);
-- R-SLA-3: the cell's duty to vote on recognition is met (or breached) by its first recognition vote.
ALTER TABLE admission_case
    ADD COLUMN recognition_vote_late_working_days INTEGER CHECK (recognition_vote_late_working_days >= 0);
