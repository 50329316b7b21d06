-- training-service: classes, enrolments, attendance, awareness checks, essays, certificates, and the replica of
-- the people it may enrol (listed candidates, probationary members), kept from other services' events.

-- Classes run by training centres and committees: party awareness (bồi dưỡng nhận thức về Đảng) for
-- candidates, political theory for new members.
CREATE TABLE training_class (
    id                      UUID         PRIMARY KEY,
    kind                    VARCHAR(30)  NOT NULL CHECK (kind IN ('AWARENESS', 'NEW_MEMBER_THEORY')),
    organiser_id            UUID         NOT NULL,
    organisation_path       TEXT         NOT NULL,
    title                   VARCHAR(300) NOT NULL,
    starts_on               DATE         NOT NULL,
    ends_on                 DATE         NOT NULL,
    capacity                INTEGER      NOT NULL CHECK (capacity > 0),
    planned_sessions        INTEGER      NOT NULL CHECK (planned_sessions > 0),
    check_required          BOOLEAN      NOT NULL,
    minimum_attendance_pct  INTEGER      NOT NULL CHECK (minimum_attendance_pct BETWEEN 0 AND 100),
    rule_set_id             VARCHAR(40)  NOT NULL,
    status                  VARCHAR(20)  NOT NULL CHECK (status IN ('SCHEDULED', 'COMPLETED')),
    completed_on            DATE,
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(200) NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);
-- Scoped keyset listing: subtree by path prefix, ordered by (starts_on, id).
CREATE INDEX training_class_path_start ON training_class (organisation_path text_pattern_ops, starts_on, id);
CREATE INDEX training_class_start ON training_class (starts_on, id);

-- One row per person and class (R-TRAIN-1: at most once per class, withdrawn or not).
CREATE TABLE enrolment (
    id                 UUID         PRIMARY KEY,
    class_id           UUID         NOT NULL REFERENCES training_class (id),
    person_id          UUID         NOT NULL,
    trainee_kind       VARCHAR(30)  NOT NULL CHECK (trainee_kind IN ('CANDIDATE', 'PROBATIONARY_MEMBER')),
    cell_id            UUID,
    cell_path          TEXT,
    enrolled_on        DATE         NOT NULL,
    withdrawn_on       DATE,
    withdrawal_reason  VARCHAR(500),
    check_state        VARCHAR(30)  NOT NULL,
    check_attempts     INTEGER      NOT NULL DEFAULT 0,
    last_checked_on    DATE,
    check_last_step_on DATE,
    outcome            VARCHAR(20)  CHECK (outcome IN ('CERTIFIED', 'NOT_CERTIFIED')),
    outcome_reason     VARCHAR(1000),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT enrolment_once_per_class UNIQUE (class_id, person_id)
);
CREATE INDEX enrolment_person ON enrolment (person_id);

-- Attendance of one session (buổi học) of a class: the set of trainees present.
CREATE TABLE session_attendance (
    class_id     UUID    NOT NULL REFERENCES training_class (id),
    session_no   INTEGER NOT NULL CHECK (session_no > 0),
    recorded_by  VARCHAR(200) NOT NULL,
    version      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (class_id, session_no)
);
CREATE TABLE session_presence (
    class_id    UUID    NOT NULL,
    session_no  INTEGER NOT NULL,
    person_id   UUID    NOT NULL,
    PRIMARY KEY (class_id, session_no, person_id),
    FOREIGN KEY (class_id, session_no) REFERENCES session_attendance (class_id, session_no) ON DELETE CASCADE
);
CREATE INDEX session_presence_person ON session_presence (class_id, person_id);

-- Awareness checks (kiểm tra nhận thức): every attempt is kept.
CREATE TABLE check_attempt (
    id            UUID          PRIMARY KEY,
    enrolment_id  UUID          NOT NULL REFERENCES enrolment (id),
    attempt       INTEGER       NOT NULL CHECK (attempt > 0),
    checked_on    DATE          NOT NULL,
    council       VARCHAR(300)  NOT NULL,
    passed        BOOLEAN       NOT NULL,
    score         NUMERIC(5, 2),
    recorded_by   VARCHAR(200)  NOT NULL,
    UNIQUE (enrolment_id, attempt)
);

-- Essays (bài thu hoạch) written after a failed attempt, with their review.
CREATE TABLE essay (
    id              UUID          PRIMARY KEY,
    enrolment_id    UUID          NOT NULL REFERENCES enrolment (id),
    after_attempt   INTEGER       NOT NULL,
    submitted_on    DATE          NOT NULL,
    reviewed_on     DATE,
    accepted        BOOLEAN,
    review_note     VARCHAR(1000),
    recorded_by     VARCHAR(200)  NOT NULL
);
CREATE INDEX essay_enrolment ON essay (enrolment_id);

-- Certificates (giấy chứng nhận). The number is <issuer code>/<year>/<sequence>, unique per issuer and year.
CREATE TABLE certificate (
    id                 UUID          PRIMARY KEY,
    number             VARCHAR(120)  NOT NULL UNIQUE,
    person_id          UUID          NOT NULL,
    kind               VARCHAR(30)   NOT NULL CHECK (kind IN ('AWARENESS', 'NEW_MEMBER_THEORY')),
    issuer_id          UUID          NOT NULL,
    issuer_path        TEXT          NOT NULL,
    holder_path        TEXT,
    class_id           UUID          NOT NULL REFERENCES training_class (id),
    issued_on          DATE          NOT NULL,
    valid_until        DATE,
    revoked_on         DATE,
    revocation_reason  VARCHAR(1000),
    version            BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX certificate_person ON certificate (person_id, issued_on, id);
CREATE INDEX certificate_expiry ON certificate (valid_until, id) WHERE revoked_on IS NULL;

-- The last sequence number given per issuer and year.
CREATE TABLE certificate_sequence (
    issuer_id   UUID     NOT NULL,
    year        INTEGER  NOT NULL,
    last_value  INTEGER  NOT NULL,
    PRIMARY KEY (issuer_id, year)
);

-- People training-service may enrol, from the candidate and admission topics (codes and ids only).
CREATE TABLE known_person (
    person_id            UUID         PRIMARY KEY,
    listed_cell_id       UUID,
    listed               BOOLEAN      NOT NULL DEFAULT FALSE,
    list_changed_on      DATE,
    member_cell_id       UUID,
    member_status        VARCHAR(20)  CHECK (member_status IN ('PROBATIONARY', 'OFFICIAL', 'STRUCK_OFF', 'LEFT')),
    member_status_on     DATE,
    version              BIGINT       NOT NULL DEFAULT 0
);
