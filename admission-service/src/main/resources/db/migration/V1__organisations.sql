-- The organisation tree (tổ chức đảng). Levels change with reforms, so the tree is data: a node has a kind,
-- a parent and a materialised path ('/<root id>/.../<own id>/') that scope checks match by prefix.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organisation (
    id                      UUID         PRIMARY KEY,
    code                    VARCHAR(50)  NOT NULL,
    name                    VARCHAR(300) NOT NULL,
    name_search             VARCHAR(300) NOT NULL,         -- accent-free, lower case, for search
    kind                    VARCHAR(30)  NOT NULL CHECK (kind IN ('CENTRAL', 'PROVINCIAL', 'COMMUNE',
                                 'GRASSROOTS_COMMITTEE', 'GRASSROOTS_CELL', 'PARTIAL_COMMITTEE', 'CELL')),
    parent_id               UUID         REFERENCES organisation (id),
    path                    TEXT         NOT NULL,
    may_decide_admission    BOOLEAN      NOT NULL DEFAULT FALSE,
    population              INTEGER      CHECK (population >= 0),
    valid_from              DATE         NOT NULL,
    valid_to                DATE,                                  -- set when retired; the row is kept
    successor_id            UUID         REFERENCES organisation (id),   -- set when merged into another node
    version                 BIGINT       NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
-- Codes are unique among current organisations; a retired code may be reused by a successor.
CREATE UNIQUE INDEX organisation_code_current ON organisation (code) WHERE valid_to IS NULL;
CREATE INDEX organisation_parent ON organisation (parent_id, code);
CREATE UNIQUE INDEX organisation_path ON organisation (path text_pattern_ops);
CREATE INDEX organisation_name_search ON organisation USING gin (name_search gin_trgm_ops);

-- The national root (Trung ương) that every provincial organisation hangs under; national users belong to it.
INSERT INTO organisation (id, code, name, name_search, kind, parent_id, path, may_decide_admission, valid_from)
VALUES ('00000000-0000-0000-0000-000000000001', 'TW', 'Trung ương', 'trung uong', 'CENTRAL', NULL,
        '/00000000-0000-0000-0000-000000000001/', TRUE, DATE '1930-02-03');
