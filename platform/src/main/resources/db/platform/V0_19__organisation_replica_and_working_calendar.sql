-- Replicas of admission-service's data that every other service reads locally (kept by the platform's
-- OrganisationReplicaSubscriber and WorkingCalendarSubscriber from the partydev.admission.v1 topic).
-- NOTE for the merge: platform-web owns these tables (V0_2x); created here only because they were not on main
-- when platform-events was tested. Keep one definition with exactly these columns.

-- The organisation tree as last published; kind/code/name/path stay empty when a retirement arrives first.
CREATE TABLE IF NOT EXISTS organisation_replica (
    id                    UUID         PRIMARY KEY,
    parent_id             UUID,
    kind                  VARCHAR(30),
    code                  VARCHAR(50),
    name                  VARCHAR(300),
    path                  TEXT,
    may_decide_admission  BOOLEAN      NOT NULL DEFAULT false,
    retired               BOOLEAN      NOT NULL DEFAULT false,
    successor_id          UUID,
    population            INTEGER,
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS organisation_replica_parent ON organisation_replica (parent_id);
CREATE INDEX IF NOT EXISTS organisation_replica_path ON organisation_replica (path text_pattern_ops);

-- Exceptions to "Monday to Friday are working days": public holidays (working = false) and make-up working
-- weekend days (working = true).
CREATE TABLE IF NOT EXISTS working_calendar_day (
    day      DATE          PRIMARY KEY,
    working  BOOLEAN       NOT NULL,
    note     VARCHAR(100)
);
