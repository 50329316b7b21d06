-- candidate-service: outstanding people (quần chúng ưu tú) nominated to a cell, before admission.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE candidate (
    id                        UUID         PRIMARY KEY,
    -- the person (personal data: never logged, never in events)
    full_name                 VARCHAR(100) NOT NULL,               -- NFC, trimmed, as entered
    name_search               VARCHAR(100) NOT NULL,               -- VietnameseText.normalise(full_name)
    citizen_id                CHAR(12)     NOT NULL,
    birth_date                DATE         NOT NULL,
    gender                    VARCHAR(10)  NOT NULL,
    ethnic_group              VARCHAR(20)  NOT NULL,
    religion                  VARCHAR(30)  NOT NULL,
    general_education         VARCHAR(20)  NOT NULL,
    professional_level        VARCHAR(20)  NOT NULL,
    political_theory_level    VARCHAR(20)  NOT NULL,
    occupation                VARCHAR(40)  NOT NULL,
    residential_area_id       UUID,
    workplace                 VARCHAR(200),
    youth_union_member        BOOLEAN      NOT NULL,
    trade_union_member        BOOLEAN      NOT NULL,
    -- the nomination
    source                    VARCHAR(30)  NOT NULL,
    source_organisation_name  VARCHAR(200) NOT NULL,
    nominated_on              DATE         NOT NULL,
    cell_id                   UUID         NOT NULL,
    organisation_path         TEXT COLLATE "C" NOT NULL,           -- the cell's path, for scope filtering
    rule_set                  VARCHAR(40)  NOT NULL,
    -- the pipeline: the status is derived from these facts
    status                    VARCHAR(20)  NOT NULL,
    listed_on                 DATE,
    enrolled_on               DATE,
    certified_on              DATE,
    removed_on                DATE,
    removal_reason            VARCHAR(30),
    removal_note              VARCHAR(2000),                       -- free text, kept here only
    version                   BIGINT       NOT NULL DEFAULT 0,
    created_at                TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by                VARCHAR(200) NOT NULL
);

-- R-CAND-1: one active candidacy per person
CREATE UNIQUE INDEX candidate_active_citizen_id ON candidate (citizen_id) WHERE status NOT IN ('REMOVED', 'REJECTED');
-- lists: scope prefix and keyset order in one index (the C collation makes LIKE 'prefix%' and ORDER BY agree)
CREATE INDEX candidate_scope_order ON candidate (organisation_path, id);
-- accent-insensitive name search
CREATE INDEX candidate_name_search ON candidate USING gin (name_search gin_trgm_ops);

-- Admission cases as far as admission-service told us; an outcome may arrive before the opening.
CREATE TABLE candidate_case (
    case_id        UUID        PRIMARY KEY,
    candidate_id   UUID        NOT NULL REFERENCES candidate (id),
    opened_on      DATE,
    outcome        VARCHAR(20),
    outcome_on     DATE
);
CREATE INDEX candidate_case_candidate ON candidate_case (candidate_id);

-- Every change and stage, with the date it happened, when it was recorded and who recorded it.
CREATE TABLE candidate_history (
    id             BIGSERIAL    PRIMARY KEY,
    candidate_id   UUID         NOT NULL REFERENCES candidate (id),
    kind           VARCHAR(40)  NOT NULL,
    occurred_on    DATE         NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    detail         VARCHAR(2000)
);
CREATE INDEX candidate_history_candidate ON candidate_history (candidate_id, id);

-- Official members helping a candidate (đảng viên giúp đỡ).
CREATE TABLE helper_assignment (
    id             UUID         PRIMARY KEY,
    candidate_id   UUID         NOT NULL REFERENCES candidate (id),
    member_id      UUID         NOT NULL,
    assigned_on    DATE         NOT NULL,
    released_on    DATE
);
CREATE INDEX helper_assignment_candidate ON helper_assignment (candidate_id);
CREATE UNIQUE INDEX helper_assignment_active ON helper_assignment (candidate_id, member_id) WHERE released_on IS NULL;

-- Trial tasks (nhiệm vụ thử thách); description and comment are free text kept here only.
CREATE TABLE trial_task (
    id             UUID          PRIMARY KEY,
    candidate_id   UUID          NOT NULL REFERENCES candidate (id),
    description    VARCHAR(2000) NOT NULL,
    assigned_on    DATE          NOT NULL,
    due_on         DATE          NOT NULL,
    result         VARCHAR(20),
    comment        VARCHAR(2000),
    evaluated_on   DATE
);
CREATE INDEX trial_task_candidate ON trial_task (candidate_id);

-- The member roll as admission-service announces it: who is official, since when, in which cell.
CREATE TABLE member_replica (
    member_id      UUID        PRIMARY KEY,
    cell_id        UUID,
    cell_since     DATE,
    status         VARCHAR(20),
    official_on    DATE,
    left_on        DATE
);
