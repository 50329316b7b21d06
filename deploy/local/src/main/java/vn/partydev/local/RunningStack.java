package vn.partydev.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The start sequence of the whole system, shared by the launcher ({@link LocalStack}) and the system tests: PostgreSQL
 * with the four databases, the Kafka broker with the topics, the signing key, and the four services as separate JVMs,
 * each ready ({@code /q/health/ready}) before this returns. {@link #close()} stops them in reverse order.
 */
public final class RunningStack implements AutoCloseable {

    private static final List<Logger> QUIETED = new ArrayList<>();

    private final LocalStackSettings settings;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Map<String, Map<String, String>> environments = new LinkedHashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private SigningKeys keys;

    private RunningStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    /**
     * Starts everything under {@code settings.dataDirectory()}; {@code extraEnvironment} is given to every service on top
     * of the connection settings (e.g. a fixed business clock). On failure what was started is stopped again.
     */
    public static RunningStack start(LocalStackSettings settings, Map<String, String> extraEnvironment,
                                     Consumer<String> progress) throws Exception {
        RunningStack stack = new RunningStack(settings);
        try {
            stack.startAll(extraEnvironment, progress);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Map<String, String> extraEnvironment, Consumer<String> progress) throws Exception {
        Path data = settings.dataDirectory();
        progress.accept("Starting PostgreSQL on port " + settings.postgresPort() + " (data in " + data.resolve("postgres") + ")");
        postgres = PostgresServer.startPersistent(data.resolve("postgres"), settings.postgresPort());
        for (String database : LocalStackSettings.DATABASES) {
            postgres.ensureDatabase(database);
        }

        progress.accept("Starting Kafka on port " + settings.kafkaPort() + " (log in " + data.resolve("kafka") + ")");
        kafka = KafkaBroker.start(data.resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        kafka.ensureTopics(PartyDevTopics.all(), PartyDevTopics.PARTITIONS);

        keys = SigningKeys.in(data.resolve("keys"));
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "QUARKUS_DATASOURCE_USERNAME", PostgresServer.USER,
                "QUARKUS_DATASOURCE_PASSWORD", PostgresServer.PASSWORD,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", keys.publicKeyPath().toUri().toString(),
                "MP_JWT_VERIFY_ISSUER", TokenMinter.ISSUER));
        // the local web console's origins (its own server, or the launcher's proxying port) unless configured
        environment.put("QUARKUS_HTTP_CORS_ORIGINS", settings.corsOrigins()
                .orElse("http://localhost:" + settings.proxyPort() + ",http://localhost:" + settings.consolePort()));
        environment.putAll(extraEnvironment);
        for (var service : settings.services().entrySet()) {
            ServiceProcess process = new ServiceProcess(service.getKey(), service.getValue(),
                    data.resolve("logs").resolve(service.getKey() + ".log"), settings.serviceJvmOptions(), settings.classArchives());
            Map<String, String> env = new LinkedHashMap<>(environment);
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(LocalStackSettings.databaseOf(service.getKey())));
            progress.accept("Starting " + service.getKey() + " on port " + service.getValue());
            process.start(settings.projectDirectory(), env, pidFile(service.getKey()));
            services.add(process);
            environments.put(service.getKey(), env);
        }
        awaitReady(services, progress);
    }

    private void awaitReady(List<ServiceProcess> starting, Consumer<String> progress) throws InterruptedException {
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        List<ServiceProcess> waiting = new ArrayList<>(starting);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.name() + " exited during start-up; see " + service.logFile());
                }
                if (service.isReady()) {
                    progress.accept("  " + service.name() + " is ready");
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

    /** Where the pid of a service started from {@code settings} is kept (the launcher stops a stale one from it). */
    static Path pidFile(LocalStackSettings settings, String service) throws IOException {
        Path run = settings.dataDirectory().resolve("run");
        Files.createDirectories(run);
        return run.resolve(service + ".pid");
    }

    private Path pidFile(String service) throws IOException {
        return pidFile(settings, service);
    }

    /** SIGKILL of the service {@code name} (as on a lost node), then the same JVM command again; ready when this returns. */
    public void killAndRestart(String name, Consumer<String> progress) throws IOException, InterruptedException {
        ServiceProcess process = service(name);
        process.kill();
        process.start(settings.projectDirectory(), environments.get(name), pidFile(name));
        awaitReady(List.of(process), progress);
    }

    /** Stops the broker and starts it again on the same log directory and ports (a broker restart the clients ride out). */
    public synchronized void restartBroker() throws Exception {
        kafka.close();
        kafka = KafkaBroker.start(settings.dataDirectory().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
    }

    /**
     * Stops PostgreSQL in immediate mode (SIGQUIT to the postmaster, as {@code pg_ctl stop -m immediate}: no checkpoint,
     * crash recovery at the next start) and starts it again on the same data directory and port.
     */
    public synchronized void crashAndRestartPostgres() throws IOException, InterruptedException {
        postgres = postgres.crashAndRestart();
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public SigningKeys keys() {
        return keys;
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    /** The running service named {@code name} (e.g. {@code candidate-service}). */
    public ServiceProcess service(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    /** The broker and PostgreSQL log a lot at INFO (and the broker starts seconds slower): warnings only. */
    public static void quietInfrastructureLogs() {
        for (String category : List.of("kafka", "org.apache.kafka", "state.change.logger", "io.zonky")) {
            Logger logger = Logger.getLogger(category);
            logger.setLevel(Level.WARNING);
            QUIETED.add(logger);   // held: java.util.logging keeps loggers weakly, and a collected one forgets its level
        }
    }

    /** Stops the services (SIGTERM, then SIGKILL after a grace period), the broker and PostgreSQL. */
    @Override
    public synchronized void close() {
        services.parallelStream().forEach(ServiceProcess::stop);
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
