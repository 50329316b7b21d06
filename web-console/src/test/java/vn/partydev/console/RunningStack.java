package vn.partydev.console;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.partydev.local.ApiProxy;
import vn.partydev.local.KafkaBroker;
import vn.partydev.local.PartyDevTopics;
import vn.partydev.local.PostgresServer;
import vn.partydev.local.ServiceProcess;
import vn.partydev.local.SigningKeys;
import vn.partydev.local.TokenMinter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real system the console's tests drive, started as the launcher starts it (deploy/local's classes): PostgreSQL,
 * a Kafka broker, the four services from their packaged applications as separate JVMs, and the one entry point
 * ({@link ApiProxy}). The console under test is the Quarkus application of this module, on a port chosen here so that
 * the services allow its origin (CORS) before it starts.
 */
public class RunningStack implements QuarkusTestResourceLifecycleManager {

    static final String API = "partydev-console-test.api";
    static final String KEYS = "partydev-console-test.keys";

    private static final List<String> SERVICES = List.of("admission-service", "candidate-service", "training-service", "reporting-service");

    private final List<ServiceProcess> services = new ArrayList<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ApiProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            Path work = Files.createTempDirectory("partydev-console-");
            postgres = PostgresServer.startEphemeral();
            kafka = KafkaBroker.start(work.resolve("kafka"), freePort(), freePort());
            kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);
            SigningKeys keys = SigningKeys.in(work.resolve("keys"));
            int consolePort = freePort();
            Map<String, Integer> ports = new LinkedHashMap<>();
            for (String name : SERVICES) {
                String database = name.substring(0, name.indexOf('-'));
                postgres.ensureDatabase(database);
                ServiceProcess service = new ServiceProcess(name, freePort(), work.resolve("logs").resolve(name + ".log"));
                Map<String, String> environment = new LinkedHashMap<>();
                environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(database));
                environment.put("QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER);
                environment.put("QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD);
                environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                environment.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString());
                environment.put("MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER);
                environment.put("QUARKUS_HTTP_CORS_ORIGINS", "http://localhost:" + consolePort);
                service.start(projectDirectory(), environment, work.resolve(name + ".pid"));
                services.add(service);
                ports.put(name, service.port());
            }
            awaitReady();
            proxy = ApiProxy.start(freePort(), ports);
            String api = "http://localhost:" + proxy.port() + "/api/v1";
            System.setProperty(API, api);
            System.setProperty(KEYS, keys.publicKeyPath().getParent().toString());
            return Map.of("quarkus.http.test-port", Integer.toString(consolePort), "partydev.console.api-base-url", api);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("cannot start the services for the console's tests: " + e.getMessage(), e);
        }
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        for (ServiceProcess service : services) {
            while (!service.isReady()) {
                if (!service.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(service.name() + (service.isAlive() ? " not ready in time" : " exited")
                            + "; its log:\n" + tail(service.logFile()));
                }
                Thread.sleep(250);
            }
        }
    }

    /** A signed token for a user with the role in the organisation, as the services verify it. */
    static String token(String role, Object organisationId) {
        try {
            return new TokenMinter(SigningKeys.in(Path.of(System.getProperty(KEYS))))
                    .mint("console-test-" + role, role, organisationId.toString(), Duration.ofHours(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String api() {
        return System.getProperty(API);
    }

    private static Path projectDirectory() {
        return Path.of(System.getProperty("partydev.project.dir", "..")).toAbsolutePath().normalize();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (proxy != null) {
            proxy.close();
        }
        services.parallelStream().forEach(ServiceProcess::kill);
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
