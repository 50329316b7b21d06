-- The certificates (giấy chứng nhận) each person holds, as training-service announced them (person.HeldCertificates):
-- the one copy of training's certificates in a service that needs them (admission's R-CERT rules, candidate's
-- status). Keyed by holder and number; a revocation may arrive before the issue: its row waits, kind unknown.
CREATE TABLE held_certificate (
    person_id           UUID         NOT NULL,
    certificate_number  VARCHAR(60)  NOT NULL,
    kind                VARCHAR(30),
    issued_on           DATE,
    valid_until         DATE,
    revoked_on          DATE,
    PRIMARY KEY (person_id, certificate_number)
);
