-- The organisation tree as this service knows it: a replica of admission-service's tree, kept up to date by the
-- platform's subscriber to the Organisation* events. Read by scope.ReplicatedOrganisationDirectory (CallerScope).
CREATE TABLE organisation_replica (
    id                    UUID          PRIMARY KEY,
    parent_id             UUID,
    kind                  VARCHAR(30)   NOT NULL,      -- codes.OrganisationKind
    code                  VARCHAR(50)   NOT NULL,
    name                  VARCHAR(300)  NOT NULL,
    path                  TEXT          NOT NULL,      -- materialised path /<root>/.../<id>/
    may_decide_admission  BOOLEAN       NOT NULL DEFAULT FALSE,
    retired               BOOLEAN       NOT NULL DEFAULT FALSE,
    successor_id          UUID,
    population            INTEGER,
    updated_at            TIMESTAMPTZ   NOT NULL DEFAULT now()
);
-- subtree queries: path LIKE '/root/.../org/%'
CREATE INDEX organisation_replica_path ON organisation_replica (path text_pattern_ops);
CREATE INDEX organisation_replica_parent ON organisation_replica (parent_id);

-- The national root (Trung ương) exists before any event arrives, so that central users have a scope from the start.
INSERT INTO organisation_replica (id, parent_id, kind, code, name, path, may_decide_admission, retired)
VALUES ('00000000-0000-0000-0000-000000000001', NULL, 'CENTRAL', 'TW', 'Trung ương',
        '/00000000-0000-0000-0000-000000000001/', FALSE, FALSE);
