package vn.partydev.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CloudNativePG objects: valid against the subset of its API schema the deployment uses (CloudNativePG publishes
 * no Java model), three instances with synchronous replication, a database and owner per service that only that owner
 * may enter, the owners' Secrets, nightly backups with WAL archiving to the object store.
 */
class CloudNativePgTest {

    private static final JsonNode SCHEMA = loadSchema();

    @TestFactory
    Stream<DynamicTest> everyCloudNativePgObjectFitsTheSchema() {
        List<JsonNode> objects = DeployTree.kubernetesObjects().stream()
                .filter(object -> KubernetesObjectsTest.CHECKED_BY_SCHEMA.contains(object.path("apiVersion").asText() + " " + object.path("kind").asText()))
                .toList();
        assertEquals(7, objects.size(), "a Cluster, four Databases, an ObjectStore and a ScheduledBackup");
        return objects.stream().map(object -> DynamicTest.dynamicTest(object.path("kind").asText() + " " + DeployTree.name(object),
                () -> assertEquals(Set.of(), errors(object))));
    }

    @Test
    void aMisspeltFieldFailsTheSchema() throws Exception {
        JsonNode cluster = DeployTree.YAML.readTree("""
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: x}
                spec:
                  instances: 3
                  storage: {size: 1Gi}
                  postgresql: {synchronous: {method: any, numbr: 1}}
                """);
        assertFalse(errors(cluster).isEmpty());
    }

    @Test
    void threeInstancesAcknowledgeAWriteOnlyOnceAStandbyHasIt() {
        JsonNode spec = cluster().path("spec");
        assertEquals(3, spec.path("instances").asInt());
        JsonNode synchronous = spec.path("postgresql").path("synchronous");
        assertTrue(synchronous.path("number").asInt() >= 1);
        assertEquals("required", synchronous.path("dataDurability").asText("required"),
                "with 'preferred' a primary alone would acknowledge writes");
        assertEquals("required", spec.path("affinity").path("podAntiAffinityType").asText(), "one instance per node");
    }

    @Test
    void eachServiceHasItsOwnDatabaseOwnedByItsOwnRoleWhichEntersNoOther() {
        String cluster = DeployTree.name(cluster());
        Set<String> databases = DeployTree.SERVICES.stream().map(service -> ServiceConfiguration.of(service).database())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (JsonNode database : DeployTree.objectsOfKind("Database")) {
            JsonNode spec = database.path("spec");
            assertEquals(spec.path("name").asText(), spec.path("owner").asText(), "each database is owned by the role of its name");
            assertEquals(cluster, spec.path("cluster").path("name").asText());
            declared.add(spec.path("name").asText());
        }
        assertEquals(databases, declared);

        JsonNode roles = cluster().path("spec").path("managed").path("roles");
        Set<String> managed = new TreeSet<>();
        for (JsonNode role : roles) {
            managed.add(role.path("name").asText());
            assertTrue(role.path("login").asBoolean());
            assertFalse(role.path("superuser").asBoolean(false));
            assertEquals(role.path("name").asText(), ProvidedSecrets.stringData(role.path("passwordSecret").path("name").asText(), "username"),
                    "the role's Secret names the role");
        }
        assertEquals(databases, managed);

        List<String> hba = DeployTree.YAML.convertValue(cluster().path("spec").path("postgresql").path("pg_hba"), List.class);
        for (String database : databases) {
            int allowed = hba.indexOf("hostssl " + database + " " + database + " all scram-sha-256");
            int rejected = hba.indexOf("host all " + database + " all reject");
            assertTrue(allowed >= 0 && rejected > allowed, database + " may enter its database over TLS, and no other: " + hba);
        }
    }

    @Test
    void theServicesConnectToTheClustersPrimary() {
        String primary = DeployTree.name(cluster()) + "-rw";
        for (Deployment deployment : StrictModels.all(Deployment.class)) {
            if (deployment.getMetadata().getName().equals(DeployTree.CONSOLE)) {
                continue; // the console has no database (GeneratedManifestsTest checks it names none)
            }
            String url = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(variable -> variable.getName().equals("QUARKUS_DATASOURCE_JDBC_URL")).findFirst().orElseThrow().getValue();
            assertTrue(url.startsWith("jdbc:postgresql://" + primary + ":5432/"), url);
        }
    }

    @Test
    void walIsArchivedAndABaseBackupTakenNightlyToTheObjectStore() {
        ProvidedSecrets secrets = new ProvidedSecrets();
        JsonNode store = DeployTree.objectsOfKind("ObjectStore").get(0);
        JsonNode credentials = store.path("spec").path("configuration").path("s3Credentials");
        for (String field : List.of("accessKeyId", "secretAccessKey")) {
            assertTrue(secrets.has(credentials.path(field).path("name").asText(), credentials.path(field).path("key").asText()), field);
        }
        JsonNode plugin = cluster().path("spec").path("plugins").get(0);
        assertTrue(plugin.path("isWALArchiver").asBoolean());
        assertEquals(DeployTree.name(store), plugin.path("parameters").path("barmanObjectName").asText());

        JsonNode backup = DeployTree.objectsOfKind("ScheduledBackup").get(0).path("spec");
        assertEquals(DeployTree.name(cluster()), backup.path("cluster").path("name").asText());
        assertEquals("plugin", backup.path("method").asText());
        assertEquals(plugin.path("name").asText(), backup.path("pluginConfiguration").path("name").asText());
        assertEquals("0 0 1 * * *", backup.path("schedule").asText(), "every night at 01:00");
    }

    private static JsonNode cluster() {
        List<JsonNode> clusters = DeployTree.objectsOfKind("Cluster");
        assertEquals(1, clusters.size());
        return clusters.get(0);
    }

    private static Set<String> errors(JsonNode object) {
        ObjectNode schema = SCHEMA.deepCopy();
        schema.put("$ref", "#/$defs/" + object.path("kind").asText());
        JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
        return validator.validate(object).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    private static JsonNode loadSchema() {
        try (InputStream in = CloudNativePgTest.class.getResourceAsStream("/cloudnative-pg.schema.yaml")) {
            return DeployTree.YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
