package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.partydev.local.PartyDevTopics;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * deploy/compose: the four databases, the topics as the launcher makes them, each service configured as it expects, the
 * web console behind the entry point.
 */
class ComposeTest {

    private static final Path COMPOSE = DeployTree.deploy().resolve("compose");

    private static JsonNode compose() {
        return DeployTree.documents(COMPOSE.resolve("compose.yaml")).get(0);
    }

    @Test
    void theHostRunsTheInfrastructureTheFourServicesAndTheEntryPoint() {
        Set<String> names = new TreeSet<>();
        compose().path("services").fieldNames().forEachRemaining(names::add);
        Set<String> expected = new TreeSet<>(DeployTree.SERVICES);
        expected.addAll(Set.of("postgres", "kafka", "kafka-topics", "proxy", DeployTree.CONSOLE));
        assertEquals(expected, names);
    }

    @Test
    void postgresGetsTheServicesDatabases() {
        Set<String> created = Pattern.compile("CREATE DATABASE (\\w+);").matcher(DeployTree.read(COMPOSE.resolve("create-databases.sql")))
                .results().map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> used = DeployTree.SERVICES.stream().map(service -> ServiceConfiguration.of(service).database())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(used, created);
    }

    @Test
    void kafkaGetsTheLaunchersTopicsKeptForever() {
        String command = compose().path("services").path("kafka-topics").path("command").get(0).asText();
        Matcher creation = Pattern.compile("--topic (\\S+) --partitions (\\d+) --replication-factor \\d+ --config retention\\.ms=(-?\\d+)").matcher(command);
        Set<String> topics = new TreeSet<>();
        while (creation.find()) {
            topics.add(creation.group(1));
            assertEquals(PartyDevTopics.PARTITIONS, Integer.parseInt(creation.group(2)), creation.group(1));
            assertEquals("-1", creation.group(3), creation.group(1) + " is kept forever");
        }
        assertEquals(new TreeSet<>(PartyDevTopics.all()), topics);
        assertEquals("false", compose().path("services").path("kafka").path("environment").path("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText());
    }

    @TestFactory
    Stream<DynamicTest> eachServiceIsConfiguredAsItExpects() {
        return DeployTree.SERVICES.stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            ServiceConfiguration configuration = ServiceConfiguration.of(service);
            JsonNode definition = compose().path("services").path(service);
            assertTrue(definition.path("image").asText().contains("/partydev/" + service + ":"), definition.path("image").asText());
            assertEquals(String.valueOf(configuration.httpPort()), definition.path("expose").get(0).asText());
            Set<String> known = configuration.environmentNames();
            for (Iterator<Map.Entry<String, JsonNode>> variables = definition.path("environment").fields(); variables.hasNext(); ) {
                GeneratedManifestsTest.assertSettingExists(service, variables.next().getKey(), known);
            }
            JsonNode environment = definition.path("environment");
            assertEquals("jdbc:postgresql://postgres:5432/" + configuration.database(), environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
            assertEquals(compose().path("services").path("kafka").path("environment").path("KAFKA_ADVERTISED_LISTENERS").asText()
                    .replace("PLAINTEXT://", ""), environment.path("KAFKA_BOOTSTRAP_SERVERS").asText());
        }));
    }

    @Test
    void theConsoleIsServedByTheEntryPointAndCallsTheApisThere() {
        ServiceConfiguration configuration = ServiceConfiguration.of(DeployTree.CONSOLE);
        JsonNode definition = compose().path("services").path(DeployTree.CONSOLE);
        assertTrue(definition.path("image").asText().contains("/partydev/web-console:"), definition.path("image").asText());
        assertEquals(String.valueOf(configuration.httpPort()), definition.path("expose").get(0).asText());
        Set<String> known = configuration.environmentNames();
        for (Iterator<Map.Entry<String, JsonNode>> variables = definition.path("environment").fields(); variables.hasNext(); ) {
            GeneratedManifestsTest.assertSettingExists(DeployTree.CONSOLE, variables.next().getKey(), known);
        }
        JsonNode environment = definition.path("environment");
        assertEquals("/api/v1", environment.path("PARTYDEV_CONSOLE_API_BASE_URL").asText(), "the APIs on the console's own origin");
        assertEquals(compose().path("services").path(DeployTree.SERVICES.get(0)).path("environment").path("MP_JWT_VERIFY_ISSUER").asText(),
                environment.path("PARTYDEV_CONSOLE_OIDC_AUTH_SERVER_URL").asText(), "users sign in where the services' tokens come from");
        assertTrue(compose().path("services").path("proxy").path("depends_on").toString().contains(DeployTree.CONSOLE));
    }

    @Test
    void everyVariableTheFileUsesIsInTheExampleEnvironment() {
        Set<String> used = Pattern.compile("\\$\\{(\\w+)").matcher(DeployTree.read(COMPOSE.resolve("compose.yaml"))).results()
                .map(match -> match.group(1)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> defined = DeployTree.read(COMPOSE.resolve(".env.example")).lines()
                .filter(line -> line.matches("\\w+=.*")).map(line -> line.substring(0, line.indexOf('=')))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertTrue(defined.containsAll(used), "undefined in .env.example: " + used.stream().filter(name -> !defined.contains(name)).toList());
    }
}
