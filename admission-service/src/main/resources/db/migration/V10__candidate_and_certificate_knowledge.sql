-- What admission-service knows of candidates and certificates, learnt from candidate-service and training-service
-- events. Events may arrive in any order (a certificate before the nomination, a listing before the profile),
-- so every column but the key is nullable and each event fills in its own part.

-- One row per candidate: the categories the admission rules need (no names, no citizen ids) and the list status.
CREATE TABLE candidate_knowledge (
    candidate_id          UUID         PRIMARY KEY,
    cell_id               UUID,                        -- the cell of the nomination or the latest profile
    residential_area_id   UUID,
    source                VARCHAR(30),
    gender                VARCHAR(20),
    birth_date            DATE,
    ethnic_group          VARCHAR(40),
    religion              VARCHAR(40),
    general_education     VARCHAR(30),
    professional_level    VARCHAR(30),
    occupation            VARCHAR(40),
    youth_union_member    BOOLEAN,
    trade_union_member    BOOLEAN,
    listed_cell_id        UUID,                        -- the cell whose list holds the candidate; NULL when not listed
    list_changed_on       DATE,                        -- the date of the latest listing or removal (orders late events)
    profile_changed_on    DATE                         -- the date of the latest profile applied (orders late events)
);

-- One row per certificate (awareness or new-member theory); a revocation may arrive before the issue.
CREATE TABLE certificate_knowledge (
    person_id             UUID         NOT NULL,
    certificate_number    VARCHAR(60)  NOT NULL,
    kind                  VARCHAR(30),
    issued_on             DATE,
    valid_until           DATE,
    revoked_on            DATE,
    PRIMARY KEY (person_id, certificate_number)
);
