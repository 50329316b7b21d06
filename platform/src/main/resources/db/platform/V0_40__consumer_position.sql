-- How far each consumer has applied each partition: the offset of the next record to apply, written in the
-- transaction of the effect (batch consumers), so a read model can tell how fresh it is against the broker's end offsets.
CREATE TABLE consumer_position (
    consumer     VARCHAR(100) NOT NULL,
    topic        VARCHAR(200) NOT NULL,
    partition    INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, topic, partition)
);
