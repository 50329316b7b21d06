package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The services' and the web console's manifests under deploy/kubernetes/<name>/ are what quarkus-kubernetes
 * generates from the current configuration, and everything they name exists: the image in the kustomization, the port and probe paths in the
 * service, every environment variable in its configuration (or as a Kafka client setting), every Secret key and
 * ConfigMap.
 */
class GeneratedManifestsTest {

    /**
     * Variables a deployment sets that no configuration file of the repository names: read by the image's start
     * script (JAVA_OPTS_APPEND), set by the generator (KUBERNETES_NAMESPACE), or Quarkus settings that only a
     * deployment sets (CORS origins, JSON logs). deploy/README.md documents each.
     */
    static final Set<String> DEPLOYMENT_ONLY = Set.of("JAVA_OPTS_APPEND", "KUBERNETES_NAMESPACE",
            "QUARKUS_HTTP_CORS_ENABLED", "QUARKUS_HTTP_CORS_ORIGINS", "QUARKUS_LOG_CONSOLE_JSON");

    @TestFactory
    Stream<DynamicTest> theCommittedManifestsAreWhatTheConfigurationGenerates() {
        return DeployTree.APPLICATIONS.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            Path generated = DeployTree.project().resolve(service).resolve("target/kubernetes/kubernetes.yml");
            assertTrue(Files.exists(generated), generated + " is missing: build " + service + " first");
            Path committed = DeployTree.kubernetes().resolve(service).resolve("kubernetes.yml");
            assertEquals(DeployTree.documents(generated), DeployTree.documents(committed),
                    committed + " differs from what the configuration generates now: copy " + generated + " over it");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyDeploymentNamesOnlyWhatExists() {
        ProvidedSecrets secrets = new ProvidedSecrets();
        Map<String, ConfigMap> configMaps = StrictModels.all(ConfigMap.class).stream()
                .collect(java.util.stream.Collectors.toMap(map -> map.getMetadata().getName(), map -> map));
        return DeployTree.APPLICATIONS.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            Deployment deployment = StrictModels.all(Deployment.class).stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(service)).findFirst()
                    .orElseThrow(() -> new AssertionError("no Deployment " + service));
            Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

            assertTrue(kustomizedImages().contains(container.getImage().substring(0, container.getImage().lastIndexOf(':'))),
                    "kustomization.yaml maps the image " + container.getImage());
            assertTrue(container.getImage().contains("/partydev/" + configuration.required("quarkus.application.name") + ":"),
                    container.getImage());
            assertEquals(configuration.httpPort(), container.getPorts().get(0).getContainerPort());
            assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath());
            assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath());
            assertEquals(configuration.httpPort(), container.getReadinessProbe().getHttpGet().getPort().getIntVal());
            Service kubernetesService = StrictModels.all(Service.class).stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            assertEquals(configuration.httpPort(), kubernetesService.getSpec().getPorts().get(0).getTargetPort().getIntVal());
            assertNotNull(container.getResources().getRequests().get("memory"), "resource requests");

            Set<String> known = configuration.environmentNames();
            for (EnvVar variable : container.getEnv()) {
                assertSettingExists(service, variable.getName(), known);
                if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
                    var reference = variable.getValueFrom().getSecretKeyRef();
                    assertTrue(secrets.has(reference.getName(), reference.getKey()),
                            service + " reads " + variable.getName() + " from Secret " + reference.getName() + " key " + reference.getKey() + ", which nothing provides");
                }
            }
            for (EnvFromSource source : container.getEnvFrom()) {
                ConfigMap map = configMaps.get(source.getConfigMapRef().getName());
                assertNotNull(map, service + " reads the ConfigMap " + source.getConfigMapRef().getName() + ", which does not exist");
                map.getData().keySet().forEach(name -> assertSettingExists(service, name, known));
            }
            for (Volume volume : deployment.getSpec().getTemplate().getSpec().getVolumes()) {
                if (volume.getSecret() != null) {
                    assertTrue(secrets.has(volume.getSecret().getSecretName()), "Secret " + volume.getSecret().getSecretName());
                }
            }
            if (service.equals(DeployTree.CONSOLE)) {
                assertEquals(List.of(), deployment.getSpec().getTemplate().getSpec().getVolumes(), "the console mounts no Secret");
                assertTrue(container.getEnv().stream().noneMatch(variable -> variable.getName().startsWith("QUARKUS_DATASOURCE")
                        || variable.getName().startsWith("KAFKA_")), "the console uses no database and no Kafka: " + container.getEnv());
                assertEquals(List.of("partydev-console-settings"), container.getEnvFrom().stream()
                        .map(source -> source.getConfigMapRef().getName()).toList(), "the console reads its own settings only");
                return;
            }
            String jdbcUrl = value(container, "QUARKUS_DATASOURCE_JDBC_URL");
            assertTrue(jdbcUrl.endsWith("/" + configuration.database()), service + " uses its own database: " + jdbcUrl);
            String databaseSecret = container.getEnv().stream().filter(variable -> variable.getName().equals("QUARKUS_DATASOURCE_USERNAME"))
                    .findFirst().orElseThrow().getValueFrom().getSecretKeyRef().getName();
            assertEquals(configuration.database(), ProvidedSecrets.stringData(databaseSecret, "username"),
                    "the database owner's Secret logs in as the owner");
            String kafkaLogin = container.getEnv().stream().filter(variable -> variable.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                    .findFirst().orElseThrow().getValueFrom().getSecretKeyRef().getName();
            assertEquals(service, kafkaLogin, "the service logs in to Kafka as its own KafkaUser");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyApplicationHasADisruptionBudgetAndANetworkPolicyOnItsPort() {
        return DeployTree.APPLICATIONS.stream().map(application -> DynamicTest.dynamicTest(application, () -> {
            PodDisruptionBudget budget = StrictModels.all(PodDisruptionBudget.class).stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(application)).findFirst()
                    .orElseThrow(() -> new AssertionError("no PodDisruptionBudget " + application));
            assertEquals(application, budget.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name"));
            NetworkPolicy policy = StrictModels.all(NetworkPolicy.class).stream()
                    .filter(candidate -> candidate.getMetadata().getName().equals(application)).findFirst()
                    .orElseThrow(() -> new AssertionError("no NetworkPolicy " + application));
            assertEquals(application, policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
            assertEquals(List.of(ServiceConfiguration.of(application).httpPort()), policy.getSpec().getIngress().stream()
                    .flatMap(rule -> rule.getPorts().stream()).map(port -> port.getPort().getIntVal()).distinct().toList(),
                    application + " is reached on its HTTP port only");
        }));
    }

    static void assertSettingExists(String service, String variable, Set<String> known) {
        boolean exists = known.contains(variable) || DEPLOYMENT_ONLY.contains(variable) || isKafkaClientSetting(variable);
        assertTrue(exists, service + ": " + variable + " is neither in its configuration nor a Kafka client setting");
        assertTrue(DeployTree.read(DeployTree.deploy().resolve("README.md")).contains(variable),
                "deploy/README.md documents " + variable);
    }

    /** KAFKA_X_Y names the Kafka client setting x.y (the services pass every kafka.* setting to their clients). */
    static boolean isKafkaClientSetting(String variable) {
        if (!variable.startsWith("KAFKA_")) {
            return false;
        }
        String setting = variable.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.');
        return ProducerConfig.configNames().contains(setting) || ConsumerConfig.configNames().contains(setting)
                || AdminClientConfig.configNames().contains(setting);
    }

    private static String value(Container container, String variable) {
        return container.getEnv().stream().filter(env -> env.getName().equals(variable)).findFirst()
                .map(EnvVar::getValue).orElseThrow(() -> new AssertionError("no " + variable));
    }

    private static List<String> kustomizedImages() {
        JsonNode kustomization = DeployTree.documents(DeployTree.kubernetes().resolve("kustomization.yaml")).get(0);
        return kustomization.path("images").findValuesAsText("name");
    }
}
