-- Platform tables every service has (shipped by the platform jar, applied before the service's own V1).

-- Outbox: events recorded in the same transaction as the state change they describe. Rows are kept after
-- publication: they are the service's event archive, the source of replays and of the HTTP feed.
CREATE TABLE outbox_event (
    position            BIGSERIAL    PRIMARY KEY,          -- insertion order
    id                  UUID         NOT NULL UNIQUE,      -- CloudEvents id (ce_id)
    type                VARCHAR(200) NOT NULL,             -- ce_type, vn.partydev.<service>.<EventName>.v1
    subject             VARCHAR(100) NOT NULL,             -- ce_subject and Kafka key: the person id
    occurred_at         TIMESTAMPTZ  NOT NULL,             -- ce_time
    data                TEXT         NOT NULL,             -- the event record as JSON
    traceparent         VARCHAR(55),                       -- W3C trace context of the writing request
    published_at        TIMESTAMPTZ,
    published_position  BIGINT       UNIQUE                -- feed order, assigned by the single active relay
);
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;

-- Wakes the relay as soon as events commit (NOTIFY is delivered at commit), so latency is not a poll interval.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox_event', '');
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Inbox: one row per event a consumer has applied, inserted in the transaction of the effect.
CREATE TABLE processed_event (
    consumer      VARCHAR(100) NOT NULL,
    event_id      UUID         NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
