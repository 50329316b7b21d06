package vn.partydev.local;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The test resource every service's tests use: a real PostgreSQL server and a real Kafka broker, started
 * once per test JVM on free ports (a second Quarkus boot with another profile reuses them), one database
 * per service, all topics created, and a signing key whose public half the service verifies tokens with.
 * <p>
 * Declare it with {@code @QuarkusTestResource(value = PartyDevTestInfrastructure.class, initArgs =
 * @ResourceArg(name = "database", value = "candidate"))}.
 * <p>
 * The broker also has a SASL/SCRAM-SHA-512 listener, as a production cluster does. With the argument
 * {@code kafka=sasl} (from a test profile's {@code testResources()}) the service is pointed at that listener, given only
 * {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and {@code kafka.sasl.jaas.config}; that resource is
 * ordered after the plain one, so its bootstrap address wins.
 */
public class PartyDevTestInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** System properties are the one registry every class loader of the test JVM shares. */
    static final String POSTGRES_PORT = "partydev.test.postgres.port";
    static final String KAFKA_BOOTSTRAP = "partydev.test.kafka.bootstrap";
    static final String KEYS_DIRECTORY = "partydev.test.keys.directory";
    static final String KAFKA_SASL_PORT = "partydev.test.kafka.sasl.port";
    /** The user of the broker's SASL listener (a test credential, nothing to keep secret). */
    static final String SASL_USER = "partydev-test";
    static final String SASL_PASSWORD = "partydev-test-secret";

    private String database = "app";
    private boolean sasl;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        sasl = "sasl".equals(initArgs.get("kafka"));
    }

    @Override
    public int order() {
        return sasl ? 1 : 0;
    }

    @Override
    public Map<String, String> start() {
        ensureStarted();
        String jdbcUrl = "jdbc:postgresql://localhost:" + System.getProperty(POSTGRES_PORT) + "/" + database;
        if (sasl) {
            KafkaBroker.SaslListener listener = kafkaSaslListener();
            return Map.of(
                    "quarkus.datasource.jdbc.url", jdbcUrl,
                    "kafka.bootstrap.servers", listener.bootstrapServers(),
                    "kafka.security.protocol", "SASL_PLAINTEXT",
                    "kafka.sasl.mechanism", KafkaBroker.SASL_MECHANISM,
                    "kafka.sasl.jaas.config", listener.jaasConfig());
        }
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
            KafkaBroker.SaslListener saslListener = new KafkaBroker.SaslListener(FreePorts.next(), SASL_USER, SASL_PASSWORD);
            KafkaBroker kafka = KafkaBroker.start(kafkaLog, FreePorts.next(), FreePorts.next(), Optional.of(saslListener));
            kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);
            Path keys = Files.createTempDirectory("partydev-keys-");
            SigningKeys.in(keys);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                kafka.close();
                closeQuietly(postgres);
            }, "partydev-test-infrastructure-stop"));
            System.setProperty(POSTGRES_PORT, Integer.toString(postgres.port()));
            System.setProperty(KAFKA_BOOTSTRAP, kafka.bootstrapServers());
            System.setProperty(KAFKA_SASL_PORT, Integer.toString(saslListener.port()));
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

    /** The broker's SASL/SCRAM listener and its user, for tests that connect as a production client does. */
    public static KafkaBroker.SaslListener kafkaSaslListener() {
        String port = System.getProperty(KAFKA_SASL_PORT);
        if (port == null) {
            throw new IllegalStateException("the test infrastructure has not started: declare PartyDevTestInfrastructure");
        }
        return new KafkaBroker.SaslListener(Integer.parseInt(port), SASL_USER, SASL_PASSWORD);
    }

    @Override
    public void stop() {
        // The servers serve every Quarkus boot of this JVM; the shutdown hook stops them at exit.
    }
}
