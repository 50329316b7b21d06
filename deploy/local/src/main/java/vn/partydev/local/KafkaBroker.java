package vn.partydev.local;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real Apache Kafka broker in KRaft mode (one node, broker and controller), running in this JVM on the
 * Kafka version of the Quarkus BOM so that broker and client classes agree. Optionally it also opens a
 * SASL/SCRAM-SHA-512 listener with one user, as a production cluster does (Strimzi's {@code scram-sha-512}
 * authentication), so that tests can connect the way a deployment does.
 */
public final class KafkaBroker implements AutoCloseable {

    /** The SCRAM mechanism of the SASL listener, the one the production cluster uses. */
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";

    private final KafkaRaftServer server;
    private final int port;
    private final Optional<SaslListener> sasl;

    private KafkaBroker(KafkaRaftServer server, int port, Optional<SaslListener> sasl) {
        this.server = server;
        this.port = port;
        this.sasl = sasl;
    }

    /**
     * A SASL_PLAINTEXT listener on {@code port} that accepts {@code user} with {@code password} (SCRAM-SHA-512).
     * Authentication only: like the production cluster's listener without TLS; no ACLs.
     */
    public record SaslListener(int port, String user, String password) {

        public String bootstrapServers() {
            return "localhost:" + port;
        }

        /** The {@code sasl.jaas.config} a client logs in with. */
        public String jaasConfig() {
            return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                    + "\" password=\"" + password + "\";";
        }

        /** Every setting a client needs for this listener: bootstrap, security protocol, mechanism and login. */
        public Map<String, Object> clientSettings() {
            return Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                    AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                    SaslConfigs.SASL_MECHANISM, SASL_MECHANISM,
                    SaslConfigs.SASL_JAAS_CONFIG, jaasConfig());
        }
    }

    /** Starts a broker whose log lives in {@code logDirectory}; formats the directory the first time. */
    public static KafkaBroker start(Path logDirectory, int port, int controllerPort) throws Exception {
        return start(logDirectory, port, controllerPort, Optional.empty());
    }

    /** Starts a broker that also opens {@code sasl}'s listener, with its user's SCRAM credential. */
    public static KafkaBroker start(Path logDirectory, int port, int controllerPort, Optional<SaslListener> sasl) throws Exception {
        Files.createDirectories(logDirectory);
        String logDir = logDirectory.toAbsolutePath().toString();
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            format(logDir);
        }
        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(brokerConfig(logDir, port, controllerPort, sasl), false), Time.SYSTEM);
        server.startup();
        KafkaBroker broker = new KafkaBroker(server, port, sasl);
        sasl.ifPresent(broker::addScramUser);
        return broker;
    }

    /** The SASL listener, when the broker was started with one. */
    public Optional<SaslListener> saslListener() {
        return sasl;
    }

    // SCRAM credentials live in the cluster's metadata: created through the plain listener, then awaited on the SASL one
    private void addScramUser(SaslListener listener) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(listener.user(),
                    new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), listener.password()))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while adding the SCRAM user", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot add the SCRAM user " + listener.user(), e.getCause());
        }
        Map<String, Object> settings = new HashMap<>(listener.clientSettings());
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Admin admin = Admin.create(settings)) {
            while (true) {
                try {
                    admin.describeCluster().clusterId().get();
                    return;
                } catch (ExecutionException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("the SASL listener does not accept " + listener.user(), e.getCause());
                    }
                    Thread.sleep(100);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the SASL listener", e);
        }
    }

    private static void format(String logDir) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setClusterId(Uuid.randomUuid().toString())
                .setNodeId(1)
                .setDirectories(List.of(logDir))
                .setMetadataLogDirectory(logDir)
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
    }

    private static Properties brokerConfig(String logDir, int port, int controllerPort, Optional<SaslListener> sasl) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        String listeners = "PLAINTEXT://localhost:" + port;
        String protocols = "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT";
        if (sasl.isPresent()) {
            listeners += ",SASL://localhost:" + sasl.get().port();
            protocols += ",SASL:SASL_PLAINTEXT";
            config.put("listener.name.sasl.sasl.enabled.mechanisms", SASL_MECHANISM);
            config.put("listener.name.sasl." + SASL_MECHANISM.toLowerCase(Locale.ROOT) + ".sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        }
        config.put("listeners", listeners + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", listeners);
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("listener.security.protocol.map", protocols);
        config.put("log.dirs", logDir);
        config.put("metadata.log.dir", logDir);
        config.put("num.partitions", "3");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        config.put("auto.create.topics.enable", "false");
        return config;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Creates the topics that do not exist yet; data is kept forever (the topics are the event archive). */
    public void ensureTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1).configs(Map.of("retention.ms", "-1")))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create topics " + topics, e.getCause());
        }
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    public static Path temporaryLogDirectory() throws IOException {
        return Files.createTempDirectory("partydev-kafka-");
    }
}
