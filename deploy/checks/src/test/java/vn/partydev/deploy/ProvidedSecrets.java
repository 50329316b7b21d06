package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The Secret keys that exist once the deployment is applied: those of the Secrets in secrets.yaml, and those the
 * operators write — Strimzi a Secret per KafkaUser ({@code password}, {@code sasl.jaas.config}) and the cluster CA
 * certificate per Kafka ({@code <cluster>-cluster-ca-cert}: {@code ca.crt}, {@code ca.p12}, {@code ca.password}).
 */
final class ProvidedSecrets {

    private final Map<String, Set<String>> keysBySecret = new HashMap<>();

    ProvidedSecrets() {
        for (Secret secret : StrictModels.all(Secret.class)) {
            Set<String> keys = keysBySecret.computeIfAbsent(secret.getMetadata().getName(), name -> new HashSet<>());
            if (secret.getData() != null) {
                keys.addAll(secret.getData().keySet());
            }
            if (secret.getStringData() != null) {
                keys.addAll(secret.getStringData().keySet());
            }
        }
        for (KafkaUser user : StrictModels.all(KafkaUser.class)) {
            keysBySecret.put(user.getMetadata().getName(), Set.of("password", "sasl.jaas.config"));
        }
        for (Kafka kafka : StrictModels.all(Kafka.class)) {
            keysBySecret.put(kafka.getMetadata().getName() + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
        }
    }

    boolean has(String secret) {
        return keysBySecret.containsKey(secret);
    }

    boolean has(String secret, String key) {
        return keysBySecret.getOrDefault(secret, Set.of()).contains(key);
    }

    /** The value a Secret of secrets.yaml gives a key in stringData, if any. */
    static String stringData(String secret, String key) {
        return DeployTree.objectsOfKind("Secret").stream().filter(object -> DeployTree.name(object).equals(secret))
                .map(object -> object.path("stringData").path(key)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .findFirst().orElseThrow(() -> new AssertionError("secrets.yaml has no " + secret + "/" + key));
    }
}
