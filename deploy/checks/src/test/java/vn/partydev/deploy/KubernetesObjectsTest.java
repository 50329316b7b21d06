package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every YAML file under deploy/ parses, and every Kubernetes object in it fits its published model strictly. */
class KubernetesObjectsTest {

    /** Kinds without a Java model on Maven Central: CloudNativePgTest checks them field by field. */
    static final Set<String> CHECKED_BY_SCHEMA = Set.of("postgresql.cnpg.io/v1 Cluster", "postgresql.cnpg.io/v1 Database",
            "postgresql.cnpg.io/v1 ScheduledBackup", "barmancloud.cnpg.io/v1 ObjectStore");

    @TestFactory
    Stream<DynamicTest> everyYamlFileParses() {
        List<Path> files = DeployTree.yamlFiles();
        assertTrue(files.size() >= 12, "the YAML files under deploy/: " + files);
        return files.stream().map(file -> DynamicTest.dynamicTest(DeployTree.deploy().relativize(file).toString(),
                () -> assertFalse(DeployTree.documents(file).isEmpty(), file + " holds no document")));
    }

    @TestFactory
    Stream<DynamicTest> everyKubernetesObjectFitsItsModelStrictly() {
        return DeployTree.kubernetesObjects().stream().map(object -> DynamicTest.dynamicTest(
                object.path("kind").asText() + " " + DeployTree.name(object), () -> {
                    String type = object.path("apiVersion").asText() + " " + object.path("kind").asText();
                    if (CHECKED_BY_SCHEMA.contains(type)) {
                        return;
                    }
                    assertTrue(StrictModels.modelOf(object).isPresent(), "no model for " + type);
                    assertEquals(DeployTree.name(object), StrictModels.read(object).getMetadata().getName());
                }));
    }

    @Test
    void aMisspeltKubernetesFieldFails() throws Exception {
        JsonNode deployment = DeployTree.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                """);
        assertThrows(AssertionError.class, () -> StrictModels.read(deployment, Deployment.class));
        JsonNode nested = DeployTree.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          readinessProbe: {httpGet: {pth: /q/health/ready, port: 8081}}
                """);
        assertThrows(AssertionError.class, () -> StrictModels.read(nested, Deployment.class));
    }

    @Test
    void aMisspeltStrimziFieldFails() throws Exception {
        JsonNode topic = DeployTree.YAML.readTree("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: x}
                spec: {partition: 6, replicas: 3}
                """);
        assertThrows(AssertionError.class, () -> StrictModels.read(topic, KafkaTopic.class));
    }

    @Test
    void everyFileOfTheClusterIsInTheKustomization() {
        JsonNode kustomization = DeployTree.documents(DeployTree.kubernetes().resolve("kustomization.yaml")).get(0);
        List<String> listed = DeployTree.YAML.convertValue(kustomization.path("resources"), List.class);
        for (String resource : listed) {
            assertTrue(DeployTree.kubernetes().resolve(resource).toFile().isFile(), "kustomization.yaml lists " + resource + ", which does not exist");
        }
        List<String> files = DeployTree.yamlFiles().stream().filter(file -> file.startsWith(DeployTree.kubernetes()))
                .map(file -> DeployTree.kubernetes().relativize(file).toString())
                .filter(file -> !file.equals("kustomization.yaml") && !file.equals("kafka/provincial-consumer-user.yaml"))
                .toList();
        assertEquals(Set.copyOf(files), Set.copyOf(listed), "kustomization.yaml applies every manifest but the provincial user template");
    }
}
