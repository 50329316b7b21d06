-- The first answer to each creating request sent with an Idempotency-Key, per caller, replayed to retries
-- (http.Idempotent). A row without status is a request still in progress.
CREATE TABLE idempotency_record (
    caller           VARCHAR(200)  NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    request_hash     CHAR(64)      NOT NULL,   -- SHA-256 of method, path and body: the same key for another request is refused
    status           INTEGER,
    content_type     VARCHAR(200),
    location         TEXT,
    etag             VARCHAR(200),
    body             BYTEA,
    created_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
