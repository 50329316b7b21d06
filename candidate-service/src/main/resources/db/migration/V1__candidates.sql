-- Outstanding people (quần chúng ưu tú) nominated to a cell, before admission.
CREATE TABLE candidate (
    id                      UUID         PRIMARY KEY,
    full_name               VARCHAR(100) NOT NULL,         -- NFC, as entered
    name_search             VARCHAR(100) NOT NULL,         -- accent-free, lower case, for search
    citizen_id              CHAR(12)     NOT NULL,
    birth_date              DATE         NOT NULL,
    gender                  VARCHAR(10)  NOT NULL,
    ethnic_group            VARCHAR(10)  NOT NULL,
    religion                VARCHAR(20)  NOT NULL,
    cell_id                 UUID         NOT NULL,
    organisation_path       TEXT         NOT NULL,         -- the cell's path, for scope filtering
    status                  VARCHAR(20)  NOT NULL,
    nominated_on            DATE         NOT NULL,
    source_kind             VARCHAR(30)  NOT NULL,
    version                 BIGINT       NOT NULL DEFAULT 0,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now()
);
