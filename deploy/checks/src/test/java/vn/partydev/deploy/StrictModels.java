package vn.partydev.deploy;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kubernetes and Strimzi objects read into their published Java models (fabric8 kubernetes-model, Strimzi's api),
 * strictly: the models keep unknown fields in an "additional properties" map, which is switched off here, so a
 * misspelt or misplaced field fails instead of being carried along unnoticed.
 */
final class StrictModels {

    /**
     * The model of each kind the deployment uses, by its {@code apiVersion} and {@code kind}. Strimzi's models are
     * registered for {@code kafka.strimzi.io/v1}, the only version the Strimzi 1.x operator serves (the Java model of
     * 0.51 is annotated with its storage version but holds the v1 fields).
     */
    static final Map<String, Class<? extends HasMetadata>> MODELS = Stream.concat(
                    Stream.<Class<? extends HasMetadata>>of(Namespace.class, ConfigMap.class, Secret.class, Service.class,
                                    Deployment.class, PodDisruptionBudget.class, HorizontalPodAutoscaler.class,
                                    NetworkPolicy.class, Ingress.class)
                            .map(model -> Map.entry(HasMetadata.getApiVersion(model) + " " + HasMetadata.getKind(model), model)),
                    Stream.<Class<? extends HasMetadata>>of(Kafka.class, KafkaNodePool.class, KafkaTopic.class, KafkaUser.class)
                            .map(model -> Map.entry("kafka.strimzi.io/v1 " + HasMetadata.getKind(model), model)))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final ObjectMapper STRICT = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule("strict").setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                                                             BeanDeserializerBuilder builder) {
                    builder.setAnySetter(null);
                    builder.setIgnoreUnknownProperties(false);
                    return builder;
                }
            }));

    private StrictModels() {
    }

    static Optional<Class<? extends HasMetadata>> modelOf(JsonNode object) {
        return Optional.ofNullable(MODELS.get(object.path("apiVersion").asText() + " " + object.path("kind").asText()));
    }

    /** The object in its model; fails on a field the model does not have. */
    static <T extends HasMetadata> T read(JsonNode object, Class<T> model) {
        try {
            return STRICT.treeToValue(object, model);
        } catch (Exception e) {
            throw new AssertionError(object.path("kind").asText() + " " + DeployTree.name(object) + " does not fit the "
                    + model.getName() + " model: " + e.getMessage(), e);
        }
    }

    static HasMetadata read(JsonNode object) {
        return read(object, modelOf(object).orElseThrow(() -> new AssertionError("no model for "
                + object.path("apiVersion").asText() + " " + object.path("kind").asText() + " " + DeployTree.name(object))));
    }

    /** Every object of the kind under deploy/kubernetes, in its model. */
    static <T extends HasMetadata> List<T> all(Class<T> model) {
        return DeployTree.objectsOfKind(HasMetadata.getKind(model)).stream().map(object -> read(object, model)).toList();
    }
}
