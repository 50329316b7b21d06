package vn.partydev.reporting;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import vn.partydev.local.PartyDevTestInfrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The three topics reporting reads, from the beginning to the end offsets of the moment they were opened. */
public final class TopicsFromTheBeginning implements AutoCloseable {

    private static final List<String> TOPICS = List.of("partydev.candidate.v1", "partydev.training.v1", "partydev.admission.v1");

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> end;

    /** A consumer of its own (no group, no commits); {@code settings} adds to or overrides its configuration. */
    public TopicsFromTheBeginning(Map<String, Object> settings) {
        Map<String, Object> configuration = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PartyDevTestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        configuration.putAll(settings);
        consumer = new KafkaConsumer<>(configuration, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        for (String topic : TOPICS) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        end = consumer.endOffsets(partitions);
    }

    public KafkaConsumer<byte[], byte[]> consumer() {
        return consumer;
    }

    /** Records up to the end offsets taken when the topics were opened. */
    public long total() {
        return end.values().stream().mapToLong(Long::longValue).sum();
    }

    public boolean atEnd() {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
