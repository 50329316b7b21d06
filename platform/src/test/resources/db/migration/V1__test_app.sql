-- The test application's own state: helper assignments it writes, and a tally its subscriber keeps.
CREATE TABLE test_assignment (
    id                UUID PRIMARY KEY,
    candidate_id      UUID NOT NULL,
    helper_member_id  UUID NOT NULL,
    assigned_on       DATE NOT NULL
);

CREATE TABLE test_tally (
    candidate_id  UUID    PRIMARY KEY,
    applied       INTEGER NOT NULL
);
