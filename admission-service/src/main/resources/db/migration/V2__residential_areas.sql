-- Residential areas (thôn, bản, ấp, tổ dân phố) of a commune, optionally covered by a cell.
CREATE TABLE residential_area (
    id                  UUID         PRIMARY KEY,
    commune_id          UUID         NOT NULL REFERENCES organisation (id),
    kind                VARCHAR(20)  NOT NULL CHECK (kind IN ('THON', 'BAN', 'AP', 'TO_DAN_PHO', 'BUON', 'SOC', 'LANG', 'KHOM')),
    name                VARCHAR(200) NOT NULL,
    name_search         VARCHAR(200) NOT NULL,
    disadvantaged       BOOLEAN      NOT NULL DEFAULT FALSE,      -- R-EDU-1: primary education suffices there
    covering_cell_id    UUID         REFERENCES organisation (id),
    population          INTEGER      CHECK (population >= 0),
    organisation_path   TEXT         NOT NULL,                    -- the commune's path, for scope
    version             BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX residential_area_name ON residential_area (commune_id, name_search);
CREATE INDEX residential_area_scope ON residential_area (organisation_path text_pattern_ops, id);
