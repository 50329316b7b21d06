-- A scoped, versioned, searchable table like the services' own, for the platform's tests.
CREATE TABLE specimen (
    id                 UUID          PRIMARY KEY,
    organisation_path  TEXT          NOT NULL,
    name               VARCHAR(200)  NOT NULL,
    name_search        VARCHAR(200)  NOT NULL,
    citizen_id         VARCHAR(12)   NOT NULL,
    copies             INTEGER       NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE INDEX specimen_scope ON specimen (organisation_path text_pattern_ops);

-- A province with two communes and a cell, under the seeded national root.
INSERT INTO organisation_replica (id, parent_id, kind, code, name, path, may_decide_admission) VALUES
 ('10000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000001', 'PROVINCIAL', 'HN', 'Thành phố Hà Nội',
  '/00000000-0000-0000-0000-000000000001/10000000-0000-0000-0000-000000000001/', TRUE),
 ('20000000-0000-0000-0000-00000000000a', '10000000-0000-0000-0000-000000000001', 'COMMUNE', 'HN-A', 'Đảng bộ xã A',
  '/00000000-0000-0000-0000-000000000001/10000000-0000-0000-0000-000000000001/20000000-0000-0000-0000-00000000000a/', TRUE),
 ('20000000-0000-0000-0000-00000000000b', '10000000-0000-0000-0000-000000000001', 'COMMUNE', 'HN-B', 'Đảng bộ xã B',
  '/00000000-0000-0000-0000-000000000001/10000000-0000-0000-0000-000000000001/20000000-0000-0000-0000-00000000000b/', TRUE),
 ('30000000-0000-0000-0000-0000000000a1', '20000000-0000-0000-0000-00000000000a', 'CELL', 'HN-A-1', 'Chi bộ thôn 1',
  '/00000000-0000-0000-0000-000000000001/10000000-0000-0000-0000-000000000001/20000000-0000-0000-0000-00000000000a/30000000-0000-0000-0000-0000000000a1/', FALSE);
