package vn.partydev.system;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Records no consumer can apply, put on an event topic with a raw producer: one without CloudEvents headers, one whose
 * data is not JSON and one whose data lacks the event's fields (both of a type the consumers route), on every partition.
 * Each has a key of its own, by which it is found again on the topic's dead-letter topic ({@code <topic>.dlq}).
 */
final class PoisonRecords {

    /** A type routed to consumers of each topic: a record of it is decoded, not skipped as a type nobody reads. */
    static final Map<String, String> ROUTED_TYPE = Map.of(
            "partydev.candidate.v1", "vn.partydev.candidate.CandidateNominated.v1",
            "partydev.training.v1", "vn.partydev.training.TraineeEnrolled.v1",
            "partydev.admission.v1", "vn.partydev.admission.OrganisationRegistered.v1");

    private PoisonRecords() {
    }

    /**
     * Puts the three poison records on every partition of {@code topic}, so that every valid record after them is queued
     * behind one; answers their keys.
     */
    static Set<String> put(String bootstrapServers, String topic) throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            for (var partition : producer.partitionsFor(topic)) {
                String suffix = UUID.randomUUID() + "-p" + partition.partition();
                keys.add(send(producer, topic, partition.partition(), "poison-no-headers-" + suffix, "{\"hello\": 1}", false));
                keys.add(send(producer, topic, partition.partition(), "poison-not-json-" + suffix, "this is not JSON {", true));
                keys.add(send(producer, topic, partition.partition(), "poison-missing-fields-" + suffix, "{}", true));
            }
        }
        return keys;
    }

    private static String send(KafkaProducer<byte[], byte[]> producer, String topic, int partition, String key, String value,
                               boolean cloudEventHeaders) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        if (cloudEventHeaders) {
            headers.add("ce_specversion", bytes("1.0"));
            headers.add("ce_id", bytes(UUID.randomUUID().toString()));
            headers.add("ce_type", bytes(ROUTED_TYPE.get(topic)));
            headers.add("ce_source", bytes("/faults-test"));
            headers.add("ce_subject", bytes(UUID.randomUUID().toString()));
            headers.add("ce_time", bytes(Instant.now().toString()));
            headers.add("content-type", bytes("application/json"));
        }
        producer.send(new ProducerRecord<>(topic, partition, bytes(key), bytes(value), headers)).get();
        return key;
    }

    /** How many records with each of {@code keys} the dead-letter topic of {@code topic} holds (read from the start). */
    static Map<String, Integer> deadLettered(String bootstrapServers, String topic, Set<String> keys) {
        Map<String, Integer> found = new LinkedHashMap<>();
        keys.forEach(key -> found.put(key, 0));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic + ".dlq").stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> done = new HashSet<>();
            Instant deadline = Instant.now().plusSeconds(30);
            while (done.size() < partitions.size() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String key = record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8);
                    found.computeIfPresent(key, (k, count) -> count + 1);
                }
                partitions.stream().filter(partition -> consumer.position(partition) >= end.get(partition)).forEach(done::add);
            }
        }
        return found;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
