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

/**
 * The whole system on one machine: PostgreSQL and Kafka from Maven Central, the four databases and the
 * topics, a signing key with a token per role, and the four services as separate processes.
 * Data lives under one directory (default {@code ./.partydev}) and survives restarts. Ctrl-C stops
 * everything; a second launch while one runs is refused.
 */
public final class LocalStack {

    /** The national root organisation that admission-service seeds; local tokens are attached to it. */
    public static final String NATIONAL_ROOT_ORGANISATION = "00000000-0000-0000-0000-000000000001";
    static final String CONSOLE = "web-console";
    static final List<String> ROLES = List.of("admin", "organiser", "cell", "trainer", "viewer", "feed");

    private final LocalStackSettings settings;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private RunningStack stack;
    private ApiProxy proxy;
    private ServiceProcess console;

    private LocalStack(LocalStackSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        RunningStack.quietInfrastructureLogs();
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
        stack = RunningStack.start(settings, Map.of(), System.out::println);
        Map<String, String> tokens = writeTokens(stack.keys(), settings.dataDirectory().resolve("tokens"));
        proxy = ApiProxy.start(settings.proxyPort(), settings.services());
        startConsole();
        if (settings.demo()) {
            DemoProvince.loadOnFirstStart(data, newDataDirectory, URI.create("http://localhost:" + proxy.port() + "/"), stack.keys(), System.out);
        }
        printWelcome(tokens);
        stopped.await();
    }

    /** The web console, calling the APIs through the entry point, offering the local tokens on its sign-in page. */
    private void startConsole() throws IOException, InterruptedException {
        console = new ServiceProcess(CONSOLE, settings.consolePort(), settings.dataDirectory().resolve("logs").resolve(CONSOLE + ".log"));
        System.out.println("Starting " + CONSOLE + " on port " + settings.consolePort());
        console.start(settings.projectDirectory(), Map.of(
                "PARTYDEV_CONSOLE_API_BASE_URL", "http://localhost:" + proxy.port() + "/api/v1",
                "PARTYDEV_CONSOLE_LOCAL_TOKENS", settings.dataDirectory().resolve("tokens").toString()), RunningStack.pidFile(settings, CONSOLE));
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        while (!console.isReady()) {
            if (!console.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(CONSOLE + " did not start; see " + console.logFile());
            }
            Thread.sleep(300);
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
        for (ServiceProcess service : stack.services()) {
            text.append(String.format("  %-18s %s/api/v1   Swagger UI %s/q/swagger-ui   OpenAPI %s/q/openapi   health %s/q/health/ready%n",
                    service.name(), service.baseUrl(), service.baseUrl(), service.baseUrl(), service.baseUrl()));
        }
        text.append(String.format("  %-18s %s   (sign in by picking a role's token below)%n", "web console", console.baseUrl()));
        text.append(String.format("%n  PostgreSQL jdbc:postgresql://localhost:%d/<candidate|training|admission|reporting> (user postgres)%n",
                stack.postgres().port()));
        text.append("  Kafka      ").append(stack.kafka().bootstrapServers()).append('\n');
        text.append("\nTokens (30 days, organisation = national root), also in ")
                .append(settings.dataDirectory().resolve("tokens")).append("/<role>.jwt:\n");
        tokens.forEach((role, token) -> text.append("  ").append(String.format("%-9s", role)).append(' ').append(token).append('\n'));
        text.append("\nExample: curl -H \"Authorization: Bearer $(cat ")
                .append(settings.dataDirectory().resolve("tokens/admin.jwt")).append(")\" http://localhost:")
                .append(proxy.port()).append("/api/v1/organisations\n");
        System.out.println(text);
    }

    private void stopStaleServices() throws IOException {
        List<String> processes = new ArrayList<>(settings.services().keySet());
        processes.add(CONSOLE);
        for (String service : processes) {
            Path pidFile = RunningStack.pidFile(settings, service);
            StaleProcesses.readPid(pidFile).flatMap(ProcessHandle::of)
                    .filter(process -> process.info().commandLine().orElse("").contains("quarkus-run.jar"))
                    .ifPresent(process -> {
                        System.out.println("Stopping " + service + " left running by an earlier launch (pid " + process.pid() + ")");
                        StaleProcesses.stop(process);
                    });
            Files.deleteIfExists(pidFile);
        }
    }

    private synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        System.out.println("\nStopping PartyDev...");
        if (console != null) {
            console.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (stack != null) {
            stack.close();
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

}
