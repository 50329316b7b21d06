package vn.partydev.system;

import vn.partydev.local.LocalStackSettings;
import vn.partydev.local.RunningStack;
import vn.partydev.local.ServiceProcess;
import vn.partydev.local.TokenMinter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole system, started once per test run exactly as the launcher starts it ({@link RunningStack}): PostgreSQL,
 * the broker and the four services as separate JVMs, data in a temporary directory, free ports. Every service runs
 * with the same fixed business clock ({@link Story#TODAY}), so "today" in deadlines, coverage and expiry is the story's.
 */
final class SystemUnderTest {

    private static SystemUnderTest started;

    private final RunningStack stack;
    private final TokenMinter minter;
    private final Path dataDirectory;

    private SystemUnderTest(RunningStack stack, Path dataDirectory) {
        this.stack = stack;
        this.minter = new TokenMinter(stack.keys());
        this.dataDirectory = dataDirectory;
    }

    /** The running system; the first call starts it and a shutdown hook stops it when the test JVM exits. */
    static synchronized SystemUnderTest get() throws Exception {
        if (started == null) {
            RunningStack.quietInfrastructureLogs();
            Path project = Path.of(System.getProperty("partydev.project.dir", ".."));
            Path data = Files.createTempDirectory("partydev-system-");
            Map<String, String> environment = new HashMap<>(Map.of("PARTYDEV_CLOCK_FIXED", Story.TODAY_INSTANT));
            // -Dbench.token-cache=false: the services verify every token's signature (to measure the cache's effect)
            Optional.ofNullable(System.getProperty("bench.token-cache"))
                    .ifPresent(enabled -> environment.put("PARTYDEV_SECURITY_TOKEN_CACHE_ENABLED", enabled));
            RunningStack stack = RunningStack.start(LocalStackSettings.onFreePorts(project, data, Duration.ofMinutes(4)),
                    environment, line -> System.out.println("[system] " + line));
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "partydev-system-stop"));
            started = new SystemUnderTest(stack, data);
        }
        return started;
    }

    /** A client of {@code service} as a user with {@code role} attached to {@code organisation}. */
    Api as(String service, String role, UUID organisation) {
        String token = minter.mint("system-" + role, role, organisation.toString(), Duration.ofHours(2));
        return new Api(service(service).baseUrl(), token);
    }

    ServiceProcess service(String name) {
        return stack.service(name);
    }

    RunningStack stack() {
        return stack;
    }

    /** The pid of the running JVM of {@code service} (the start sequence writes it again at a restart). */
    long pidOf(String service) {
        return ProcessMemory.pidOf(dataDirectory, service);
    }
}
