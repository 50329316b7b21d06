-- What training-service told us about a candidate's awareness classes and certificates, one row per class and per
-- certificate, so that a withdrawal or a revocation undoes exactly what it names whatever order the events arrive
-- in. A withdrawal or revocation may come first: its row waits, kind unknown, for the enrolment or certificate.
-- candidate.enrolled_on and candidate.certified_on stay as the summary the status is derived from.
CREATE TABLE candidate_enrolment (
    id             UUID         PRIMARY KEY,
    candidate_id   UUID         NOT NULL REFERENCES candidate (id),
    class_id       UUID         NOT NULL,
    kind           VARCHAR(30),
    enrolled_on    DATE,
    withdrawn_on   DATE,
    UNIQUE (candidate_id, class_id)
);

CREATE TABLE candidate_certificate (
    id                  UUID         PRIMARY KEY,
    candidate_id        UUID         NOT NULL REFERENCES candidate (id),
    certificate_number  VARCHAR(60)  NOT NULL,
    kind                VARCHAR(30),
    issued_on           DATE,
    revoked_on          DATE,
    UNIQUE (candidate_id, certificate_number)
);

-- Candidates enrolled or certified before this table existed (nothing is released yet; kept so that a local
-- database upgrades cleanly): one awareness enrolment or certificate each, of an unknown class or number.
INSERT INTO candidate_enrolment (id, candidate_id, class_id, kind, enrolled_on)
SELECT gen_random_uuid(), id, '00000000-0000-0000-0000-000000000000', 'AWARENESS', enrolled_on
FROM candidate WHERE enrolled_on IS NOT NULL;
INSERT INTO candidate_certificate (id, candidate_id, certificate_number, kind, issued_on)
SELECT gen_random_uuid(), id, 'before-V2', 'AWARENESS', certified_on
FROM candidate WHERE certified_on IS NOT NULL;
