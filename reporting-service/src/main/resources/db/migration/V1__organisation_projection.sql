-- The organisation tree as learnt from admission-service's Organisation* events, so that every figure can
-- be asked for any organisation's whole subtree.
CREATE TABLE organisation_node (
    id                      UUID         PRIMARY KEY,
    parent_id               UUID,
    path                    TEXT         NOT NULL,
    kind                    VARCHAR(30)  NOT NULL,
    code                    VARCHAR(50)  NOT NULL,
    population              INTEGER,
    valid_to                DATE
);
CREATE INDEX organisation_node_path ON organisation_node (path text_pattern_ops);
