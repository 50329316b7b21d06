-- Bulk imports of organisations or members from CSV: one row per file, with its progress and error report.
CREATE TABLE bulk_import (
    id                 UUID         PRIMARY KEY,
    kind               VARCHAR(20)  NOT NULL CHECK (kind IN ('ORGANISATIONS', 'MEMBERS')),
    state              VARCHAR(20)  NOT NULL CHECK (state IN ('RECEIVED', 'VALIDATING', 'IMPORTING', 'COMPLETED', 'FAILED')),
    organisation_path  TEXT         NOT NULL,            -- the importing user's scope
    requested_by       VARCHAR(200) NOT NULL,
    rows_read          INTEGER      NOT NULL DEFAULT 0,
    rows_valid         INTEGER      NOT NULL DEFAULT 0,
    rows_imported      INTEGER      NOT NULL DEFAULT 0,
    rows_unchanged     INTEGER      NOT NULL DEFAULT 0,
    error_count        INTEGER      NOT NULL DEFAULT 0,
    errors             TEXT         NOT NULL DEFAULT '[]',   -- JSON array of {line, column, detail}, the first 1000
    created_at         TIMESTAMPTZ  NOT NULL,
    finished_at        TIMESTAMPTZ
);
CREATE INDEX bulk_import_scope ON bulk_import (organisation_path text_pattern_ops, created_at);
