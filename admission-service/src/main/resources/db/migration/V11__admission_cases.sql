-- Admission cases (hồ sơ kết nạp), from opening to recognition (chuyển Đảng chính thức) or strike-off.
-- Every row stores the cell's organisation path: every query filters by the caller's subtree.
CREATE TABLE admission_case (
    id                          UUID         PRIMARY KEY,
    candidate_id                UUID         NOT NULL,
    cell_id                     UUID         NOT NULL,
    organisation_path           TEXT         NOT NULL,
    residential_area_id         UUID,
    rule_set                    VARCHAR(40)  NOT NULL,
    state                       VARCHAR(30)  NOT NULL,
    opened_on                   DATE         NOT NULL,
    application_on              DATE,
    background_declared_on      DATE,
    older_applicant_consent_on  DATE,        -- R-AGE-1: the provincial standing committee's written consent
    literacy_consent_on         DATE,        -- R-EDU-1: the provincial consent for a village elder with literacy only
    cell_resolution_on          DATE,
    committee_id                UUID,        -- the grassroots committee above the cell, when there is one (R-VOTE-2)
    committee_resolution_on     DATE,
    deciding_organisation_id    UUID,
    decision_due                DATE,        -- R-SLA-1
    decision_extended_to        DATE,
    decision_extension_reason   VARCHAR(500),
    decided_on                  DATE,
    decision_received_on        DATE,
    ceremony_due                DATE,        -- R-SLA-2
    late_ceremony_approved_on   DATE,        -- R-SLA-2: the superior committee's approval of a late ceremony
    ceremony_on                 DATE,
    member_id                   UUID,
    probation_ends_on           DATE,        -- R-PROB-1
    recognition_vote_due        DATE,        -- R-SLA-3
    helper_member_id            UUID,
    helper_assigned_on          DATE,
    recognition_voted_on        DATE,
    recognition_decision_due    DATE,        -- R-SLA-3
    recognition_extended_to     DATE,
    recognition_extension_reason VARCHAR(500),
    escalated_to                UUID,        -- R-VOTE-3
    escalated_on                DATE,
    closed_on                   DATE,        -- recognised, struck off, rejected or withdrawn
    official_on                 DATE,        -- R-DATE-1: ceremony + 12 months
    close_reason                VARCHAR(500),
    version                     BIGINT       NOT NULL DEFAULT 0
);
-- One open case per candidate at a time.
CREATE UNIQUE INDEX admission_case_open_per_candidate ON admission_case (candidate_id)
    WHERE state NOT IN ('REJECTED', 'WITHDRAWN', 'STRUCK_OFF', 'OFFICIAL');
CREATE INDEX admission_case_path ON admission_case (organisation_path text_pattern_ops);
CREATE INDEX admission_case_state ON admission_case (state);

-- Background verification (thẩm tra lý lịch): one task per subject.
CREATE TABLE verification_task (
    id                  UUID         PRIMARY KEY,
    case_id             UUID         NOT NULL REFERENCES admission_case (id),
    subject             VARCHAR(30)  NOT NULL,
    addressed_to        UUID,                   -- another organisation asked to verify
    due_on              DATE,
    created_on          DATE         NOT NULL,
    completed_on        DATE,
    exempted_on         DATE,                   -- a relative who is a party member and fully declared
    exempted_member_id  UUID
);
CREATE INDEX verification_task_case ON verification_task (case_id);

-- Introductions (giới thiệu): exactly two (R-INTRO-1).
CREATE TABLE introduction (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES admission_case (id),
    kind            VARCHAR(30)  NOT NULL,
    member_id       UUID,
    known_since     DATE,
    introduced_on   DATE         NOT NULL
);
CREATE INDEX introduction_case ON introduction (case_id);

-- Opinions of mass organisations and of the residence cell (the text stays out of events).
CREATE TABLE opinion (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES admission_case (id),
    giver           VARCHAR(40)  NOT NULL,
    given_on        DATE         NOT NULL,
    favourable      BOOLEAN      NOT NULL,
    summary         VARCHAR(2000)
);
CREATE INDEX opinion_case ON opinion (case_id);

-- Every vote, adopted or not, is kept: cell and committee votes on admission, and recognition votes.
CREATE TABLE case_vote (
    id              UUID         PRIMARY KEY,
    case_id         UUID         NOT NULL REFERENCES admission_case (id),
    kind            VARCHAR(30)  NOT NULL,      -- CELL, COMMITTEE, RECOGNITION, RECOGNITION_COMMITTEE
    attempt         INTEGER      NOT NULL,
    voted_on        DATE         NOT NULL,
    yes             INTEGER      NOT NULL,
    no              INTEGER      NOT NULL,
    electorate      INTEGER      NOT NULL,      -- eligible members of the cell, or committee members
    yes_needed      INTEGER      NOT NULL,
    outcome         VARCHAR(20)  NOT NULL,      -- ADOPTED, REJECTED, INCONCLUSIVE
    UNIQUE (case_id, kind, attempt)
);
CREATE INDEX case_vote_case ON case_vote (case_id);
