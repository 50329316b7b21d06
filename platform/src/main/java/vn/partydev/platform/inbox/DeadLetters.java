package vn.partydev.platform.inbox;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends a record that cannot be applied to {@code <topic>.dlq}: the original key, value and headers, plus headers
 * saying why ({@code dlq-reason}, {@code dlq-exception}, {@code dlq-message}, {@code dlq-consumer}) and where it
 * came from ({@code dlq-original-topic}, {@code -partition}, {@code -offset}).
 */
final class DeadLetters {

    static final String SUFFIX = ".dlq";
    static final String REASON = "dlq-reason";
    static final String EXCEPTION = "dlq-exception";
    static final String MESSAGE = "dlq-message";
    static final String CONSUMER = "dlq-consumer";
    static final String ORIGINAL_TOPIC = "dlq-original-topic";
    static final String ORIGINAL_PARTITION = "dlq-original-partition";
    static final String ORIGINAL_OFFSET = "dlq-original-offset";
    static final String FAILED_AT = "dlq-failed-at";

    private static final int MESSAGE_LIMIT = 1_000;

    private final KafkaProducer<byte[], byte[]> producer;

    DeadLetters(KafkaProducer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** Sends and waits for the broker, so that the offset is committed only once the record is safe. */
    void send(ConsumerRecord<byte[], byte[]> record, Reason reason, Throwable failure, String consumer) {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            headers.add(header);
        }
        add(headers, REASON, reason.code());
        add(headers, EXCEPTION, failure.getClass().getName());
        add(headers, MESSAGE, truncate(String.valueOf(failure.getMessage())));
        if (consumer != null) {
            add(headers, CONSUMER, consumer);
        }
        add(headers, ORIGINAL_TOPIC, record.topic());
        add(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        add(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        add(headers, FAILED_AT, Instant.now().toString());
        try {
            producer.send(new ProducerRecord<>(record.topic() + SUFFIX, null, record.key(), record.value(), headers))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot write to " + record.topic() + SUFFIX, e);
        }
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(String message) {
        return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT);
    }

    /** Why a record was dead-lettered. */
    enum Reason {
        /** Not a CloudEvent of ours: missing or malformed headers. */
        UNDECODABLE("undecodable"),
        /** The data does not fit the event record of its type. */
        INVALID_DATA("invalid-data"),
        /** The handler threw. */
        HANDLER_FAILED("handler-failed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }
    }
}
