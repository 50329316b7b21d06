-- The member roll (danh sách đảng viên): members admitted through the pipeline and existing members imported.
-- Names and citizen ids may be unknown for members admitted from candidate events (those carry no personal data).
CREATE TABLE member (
    id                   UUID         PRIMARY KEY,
    full_name            VARCHAR(100),
    name_search          VARCHAR(100),
    citizen_id           CHAR(12)     UNIQUE CHECK (citizen_id ~ '^[0-9]{12}$'),
    birth_date           DATE         NOT NULL,
    gender               VARCHAR(10)  NOT NULL,
    ethnic_group         VARCHAR(30)  NOT NULL,
    religion             VARCHAR(30)  NOT NULL,
    general_education    VARCHAR(30)  NOT NULL,
    professional_level   VARCHAR(30)  NOT NULL,
    occupation           VARCHAR(50)  NOT NULL,
    youth_union_member   BOOLEAN      NOT NULL DEFAULT FALSE,
    trade_union_member   BOOLEAN      NOT NULL DEFAULT FALSE,
    cell_id              UUID         NOT NULL REFERENCES organisation (id),   -- current (or last) cell
    organisation_path    TEXT         NOT NULL,                               -- the cell's path, for scope
    residential_area_id  UUID         REFERENCES residential_area (id),
    status               VARCHAR(20)  NOT NULL CHECK (status IN ('PROBATIONARY', 'OFFICIAL')),
    entry_date           DATE         NOT NULL,                               -- day of entry (ceremony)
    official_date        DATE,
    left_on              DATE,
    leave_reason         VARCHAR(20),
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK ((status = 'OFFICIAL') = (official_date IS NOT NULL)),
    CHECK (official_date IS NULL OR official_date >= entry_date),
    CHECK ((left_on IS NULL) = (leave_reason IS NULL))
);
CREATE INDEX member_cell ON member (cell_id) WHERE left_on IS NULL;
CREATE INDEX member_scope ON member (organisation_path text_pattern_ops, id);
CREATE INDEX member_residential_area ON member (residential_area_id) WHERE left_on IS NULL;
CREATE INDEX member_name_search ON member USING gin (name_search gin_trgm_ops);

-- Membership history: one period per stay in a cell, [from_date, to_date). A transfer closes one period and opens
-- the next on the same day; leaving closes the last. "Official members of cell C on day D" reads this table.
CREATE TABLE member_cell_period (
    member_id          UUID  NOT NULL REFERENCES member (id),
    cell_id            UUID  NOT NULL REFERENCES organisation (id),
    organisation_path  TEXT  NOT NULL,
    from_date          DATE  NOT NULL,
    to_date            DATE,
    PRIMARY KEY (member_id, from_date),
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX member_cell_period_cell ON member_cell_period (cell_id, from_date);
