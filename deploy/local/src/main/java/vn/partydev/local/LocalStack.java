package vn.partydev.local;

import vn.partydev.local.demo.DemoProvince;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole system on one machine: PostgreSQL and Kafka from Maven Central, the four databases and the
 * topics, a signing key with a token per role, and the four services as separate processes.
 * Data lives under one directory (default {@code ./.partydev}) and survives restarts. Ctrl-C stops
 * everything; a second launch while one runs is refused.
 */
public final class LocalStack {

    /** The national root organisation that admission-service seeds; local tokens are attached to it. */
    public static final String NATIONAL_ROOT_ORGANISATION = "00000000-0000-0000-0000-000000000001";
    static final List<String> ROLES = List.of("admin", "organiser", "cell", "trainer", "viewer", "feed");

    private static final List<Logger> QUIETED = new ArrayList<>();

    private final LocalStackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private ApiProxy proxy;

    private LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        quietInfrastructureLogs();
        LocalStackSettings settings = LocalStackSettings.from(args, System.getenv());
        Files.createDirectories(settings.dataDirectory());
        try (FileChannel lockChannel = FileChannel.open(settings.dataDirectory().resolve("launcher.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = lockChannel.tryLock()) {
            if (lock == null) {
                String pid = readQuietly(settings.dataDirectory().resolve("launcher.pid"));
                System.err.println("PartyDev is already running from " + settings.dataDirectory()
                        + (pid.isBlank() ? "" : " (launcher pid " + pid + ")")
                        + ". Stop it with Ctrl-C in its terminal (or kill " + pid + ") before starting it again.");
                System.exit(2);
            }
            Files.writeString(settings.dataDirectory().resolve("launcher.pid"), Long.toString(ProcessHandle.current().pid()));
            LocalStack stack = new LocalStack(settings);
            try {
                stack.run();
            } catch (Exception e) {
                System.err.println("PartyDev could not start: " + e.getMessage());
                stack.stop();
                System.exit(1);
            }
        }
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "partydev-local-stop"));
        Path data = settings.dataDirectory();
        boolean newDataDirectory = !Files.exists(data.resolve("postgres"));
        stopStaleServices();

        System.out.println("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + data.resolve("postgres") + ")");
        postgres = PostgresServer.startPersistent(data.resolve("postgres"), settings.postgresPort());
        for (String database : LocalStackSettings.DATABASES) {
            postgres.ensureDatabase(database);
        }

        System.out.println("Starting Kafka on port " + settings.kafkaPort() + " (log in " + data.resolve("kafka") + ")");
        kafka = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);

        SigningKeys keys = SigningKeys.in(data.resolve("keys"));
        Map<String, String> tokens = writeTokens(keys, data.resolve("tokens"));

        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER));
        // the local web console's origins (its own server, or the launcher's proxying port) unless configured
        environment.put("QUARKUS_HTTP_CORS_ORIGINS", settings.corsOrigins().orElse("http://localhost:8080,http://localhost:8090"));
        for (var service : settings.services().entrySet()) {
            ServiceProcess process = new ServiceProcess(service.getKey(), service.getValue(),
                    data.resolve("logs").resolve(service.getKey() + ".log"));
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(LocalStackSettings.databaseOf(service.getKey())));
            System.out.println("Starting " + service.getKey() + " on port " + service.getValue());
            process.start(settings.projectDirectory(), env, pidFile(service.getKey()));
            services.add(process);
        }
        awaitReady();
        proxy = ApiProxy.start(settings.proxyPort(), settings.services());
        if (settings.demo()) {
            DemoProvince.loadOnFirstStart(data, newDataDirectory, URI.create("http://localhost:" + proxy.port() + "/"), keys, System.out);
        }
        printWelcome(tokens);
        stopped.await();
    }

    private void awaitReady() throws InterruptedException {
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during start-up; see " + service.logFile());
                }
                if (service.isReady()) {
                    System.out.println("  " + service.name() + " is ready");
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready after " + settings.readyTimeout().toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).toList() + "; see the logs in " + settings.dataDirectory().resolve("logs"));
            }
            Thread.sleep(500);
        }
    }

    private Map<String, String> writeTokens(SigningKeys keys, Path directory) throws IOException {
        Files.createDirectories(directory);
        TokenMinter minter = new TokenMinter(keys);
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            String token = minter.mint("local-" + role, role, NATIONAL_ROOT_ORGANISATION, Duration.ofDays(30));
            Files.writeString(directory.resolve(role + ".jwt"), token);
            tokens.put(role, token);
        }
        return tokens;
    }

    private void printWelcome(Map<String, String> tokens) {
        StringBuilder text = new StringBuilder("\nPartyDev is running. Ctrl-C stops everything.\n\n");
        text.append(String.format("  one entry point    http://localhost:%d/api/v1   (routes each path to its service; feeds under /api/v1/feeds/<candidate|training|admission>)%n",
                proxy.port()));
        for (ServiceProcess service : services) {
            text.append(String.format("  %-18s %s/api/v1   Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi   health %s/q/health/ready%n",
                    service.name(), service.baseUrl(), service.baseUrl(), service.baseUrl(), service.baseUrl()));
        }
        text.append(String.format("%n  PostgreSQL jdbc:postgresql://localhost:%d/<candidate|training|admission|reporting> (user postgres)%n",
                postgres.port()));
        text.append("  Kafka      ").append(kafka.bootstrapServers()).append('\n');
        text.append("\nTokens (30 days, organisation = national root), also in ")
                .append(settings.dataDirectory().resolve("tokens")).append("/<role>.jwt:\n");
        tokens.forEach((role, token) -> text.append("  ").append(String.format("%-9s", role)).append(' ').append(token).append('\n'));
        text.append("\nExample: curl -H \"Authorization: Bearer $(cat ")
                .append(settings.dataDirectory().resolve("tokens/admin.jwt")).append(")\" http://localhost:")
                .append(proxy.port()).append("/api/v1/organisations\n");
        System.out.println(text);
    }

    private void stopStaleServices() throws IOException {
        for (String service : settings.services().keySet()) {
            Path pidFile = pidFile(service);
            StaleProcesses.readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(process -> process.info().commandLine().orElse("").contains("quarkus-run.jar"))
                    .ifPresent(process -> {
                        System.out.println("Stopping " + service + " left running by an earlier launch (pid " + process.pid() + ")");
                        StaleProcesses.stop(process);
                    });
            Files.deleteIfExists(pidFile);
        }
    }

    private Path pidFile(String service) throws IOException {
        Path run = settings.dataDirectory().resolve("run");
        Files.createDirectories(run);
        return run.resolve(service + ".pid");
    }

    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        System.out.println("\nStopping PartyDev...");
        if (proxy != null) {
            proxy.close();
        }
        services.parallelStream().forEach(ServiceProcess::stop);
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
        try {
            Files.deleteIfExists(settings.dataDirectory().resolve("launcher.pid"));
        } catch (IOException ignored) {
            // the lock, not the pid file, guards against a second launch
        }
        System.out.println("Stopped.");
        stopped.countDown();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).trim() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void quietInfrastructureLogs() {
        for (String category : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);
        }
    }
}
