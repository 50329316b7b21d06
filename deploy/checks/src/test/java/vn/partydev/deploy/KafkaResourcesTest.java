package vn.partydev.deploy;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.partydev.local.PartyDevTopics;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Strimzi resources: a KRaft cluster of three brokers with replication 3 and min.insync.replicas 2; the topics the
 * services use, with the launcher's partitions and retention; a login per service whose ACLs are exactly what its
 * configuration produces and consumes.
 */
class KafkaResourcesTest {

    @Test
    void theClusterIsThreeKraftBrokersReplicatingThreeTimes() {
        List<KafkaNodePool> pools = StrictModels.all(KafkaNodePool.class);
        int brokers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        int controllers = pools.stream().filter(pool -> pool.getSpec().getRoles().contains(ProcessRoles.CONTROLLER))
                .mapToInt(pool -> pool.getSpec().getReplicas()).sum();
        assertEquals(3, brokers);
        assertEquals(3, controllers, "a KRaft quorum of three controllers");
        Kafka kafka = StrictModels.all(Kafka.class).get(0);
        pools.forEach(pool -> assertEquals(kafka.getMetadata().getName(), pool.getMetadata().getLabels().get("strimzi.io/cluster")));
        Map<String, Object> config = kafka.getSpec().getKafka().getConfig();
        assertEquals(3, config.get("default.replication.factor"));
        assertEquals(2, config.get("min.insync.replicas"));
        assertEquals(false, config.get("auto.create.topics.enable"));
        String bootstrap = StrictModels.all(io.fabric8.kubernetes.api.model.ConfigMap.class).get(0).getData().get("KAFKA_BOOTSTRAP_SERVERS");
        int tlsPort = kafka.getSpec().getKafka().getListeners().get(0).getPort();
        assertEquals(kafka.getMetadata().getName() + "-kafka-bootstrap:" + tlsPort, bootstrap, "the services reach the listener");
    }

    @Test
    void theTopicsAreTheServicesTopicsWithTheLaunchersPartitionsKeptForever() {
        Set<String> used = new TreeSet<>();
        for (String service : DeployTree.SERVICES) {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            configuration.producedTopic().ifPresent(used::add);
            used.addAll(configuration.consumedTopics());
        }
        assertEquals(new TreeSet<>(PartyDevTopics.EVENT_TOPICS), used, "the services use the launcher's topics");
        List<KafkaTopic> topics = StrictModels.all(KafkaTopic.class);
        assertEquals(new TreeSet<>(PartyDevTopics.all()), topics.stream().map(KafkaResourcesTest::topicName).collect(Collectors.toCollection(TreeSet::new)));
        for (KafkaTopic topic : topics) {
            assertEquals(PartyDevTopics.PARTITIONS, topic.getSpec().getPartitions(), topicName(topic));
            assertEquals(3, topic.getSpec().getReplicas(), topicName(topic));
            assertEquals(-1, topic.getSpec().getConfig().get("retention.ms"), topicName(topic) + " is kept forever");
            assertEquals(2, topic.getSpec().getConfig().get("min.insync.replicas"), topicName(topic));
        }
    }

    @TestFactory
    Stream<DynamicTest> eachServiceMayWriteItsTopicReadWhatItConsumesAndUseItsGroup() {
        return DeployTree.SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            KafkaUser user = StrictModels.all(KafkaUser.class).stream().filter(candidate -> candidate.getMetadata().getName().equals(service))
                    .findFirst().orElseThrow(() -> new AssertionError("no KafkaUser " + service));
            Set<String> expected = new HashSet<>();
            configuration.producedTopic().ifPresent(topic -> expected.add("topic literal " + topic + " [Describe, Write]"));
            for (String topic : configuration.consumedTopics()) {
                expected.add("topic literal " + topic + " [Describe, Read]");
                expected.add("topic literal " + topic + ".dlq [Describe, Write]");
            }
            expected.add("group literal " + configuration.consumerGroup() + " [Describe, Read]");
            assertEquals(expected, grants(user));
        }));
    }

    @Test
    void theProvincialConsumerTemplateOnlyReads() {
        KafkaUser province = StrictModels.read(DeployTree.documents(DeployTree.kubernetes().resolve("kafka/provincial-consumer-user.yaml")).get(0), KafkaUser.class);
        Set<String> grants = grants(province);
        Set<String> expected = PartyDevTopics.EVENT_TOPICS.stream().map(topic -> "topic literal " + topic + " [Describe, Read]")
                .collect(Collectors.toCollection(HashSet::new));
        expected.add("group prefix " + province.getMetadata().getName() + ". [Describe, Read]");
        assertEquals(expected, grants);
    }

    private static Set<String> grants(KafkaUser user) {
        List<AclRule> rules = ((KafkaUserAuthorizationSimple) user.getSpec().getAuthorization()).getAcls();
        Set<String> grants = new HashSet<>();
        for (AclRule rule : rules) {
            String operations = rule.getOperations().stream().map(KafkaResourcesTest::value).sorted().toList().toString();
            if (rule.getResource() instanceof AclRuleTopicResource topic) {
                grants.add("topic " + pattern(topic.getPatternType()) + " " + topic.getName() + " " + operations);
            } else if (rule.getResource() instanceof AclRuleGroupResource group) {
                grants.add("group " + pattern(group.getPatternType()) + " " + group.getName() + " " + operations);
            } else {
                grants.add(rule.getResource() + " " + operations);
            }
        }
        assertEquals(rules.size(), grants.size(), user.getMetadata().getName() + " repeats a rule");
        return grants;
    }

    private static String pattern(AclResourcePatternType type) {
        return type == null ? "literal" : value(type);
    }

    /** An enum of the model as it is written in YAML. */
    private static String value(Enum<?> constant) {
        return DeployTree.YAML.convertValue(constant, String.class);
    }

    private static String topicName(KafkaTopic topic) {
        return topic.getSpec().getTopicName() != null ? topic.getSpec().getTopicName() : topic.getMetadata().getName();
    }
}
