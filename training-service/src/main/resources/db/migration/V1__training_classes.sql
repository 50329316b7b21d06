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
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_on >= starts_on)
);
