package vn.partydev.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test resource every service's tests use: a real PostgreSQL server and a real Kafka broker, started
 * once per test JVM on free ports (a second Quarkus boot with another profile reuses them), one database
 * per service, all topics created, and a signing key whose public half the service verifies tokens with.
 * <p>
 * Declare it with {@code @QuarkusTestResource(value = PartyDevTestInfrastructure.class, initArgs =
 * @ResourceArg(name = "database", value = "candidate"))}.
 */
public class PartyDevTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** System properties are the one registry every class loader of the test JVM shares. */
    static final String POSTGRES_PORT = "partydev.test.postgres.port";
    static final String KAFKA_BOOTSTRAP = "partydev.test.kafka.bootstrap";
    static final String KEYS_DIRECTORY = "partydev.test.keys.directory";

    private String database = "app";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        String jdbcUrl = "jdbc:postgresql://localhost:" + System.getProperty(POSTGRES_PORT) + "/" + database;
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", PostgresServer.PASSWORD,
                "kafka.bootstrap.servers", System.getProperty(KAFKA_BOOTSTRAP),
                "mp.jwt.verify.publickey.location", Path.of(System.getProperty(KEYS_DIRECTORY), "publicKey.pem").toUri().toString(),
                "mp.jwt.verify.issuer", TokenMinter.ISSUER);
    }

    private synchronized void ensureStarted() {
        synchronized (System.class) {
            if (System.getProperty(POSTGRES_PORT) == null) {
                startInfrastructure();
            }
        }
        PostgresServer.ensureDatabaseAt(Integer.parseInt(System.getProperty(POSTGRES_PORT)), database);
    }

    private static void startInfrastructure() {
        try {
            PostgresServer postgres = PostgresServer.startEphemeral();
            Path kafkaLog = KafkaBroker.temporaryLogDirectory();
            KafkaBroker kafka = KafkaBroker.start(kafkaLog, FreePorts.next(), FreePorts.next());
            kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);
            Path keys = Files.createTempDirectory("partydev-keys-");
            SigningKeys.in(keys);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                closeQuietly(postgres);
            }, "partydev-test-infrastructure-stop"));
            System.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
            System.setProperty(KAFKA_BOOTSTRAP, kafka.bootstrapServers());
            System.setProperty(KEYS_DIRECTORY, keys.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test infrastructure", e);
        }
    }

    private static void closeQuietly(PostgresServer postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    /** The Kafka bootstrap servers of the test broker, for tests that produce or consume directly. */
    public static String kafkaBootstrapServers() {
        return System.getProperty(KAFKA_BOOTSTRAP);
    }

    @Override
    public void stop() {
        // The servers serve every Quarkus boot of this JVM; the shutdown hook stops them at exit.
    }
}
