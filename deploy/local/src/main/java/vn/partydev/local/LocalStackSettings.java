package vn.partydev.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its data and which ports it uses. Each value can be set by an environment
 * variable; the data directory also by the first argument that is not an option. {@code demo}: load the demo
 * province into a new data directory (off with {@code --no-demo} or {@code PARTYDEV_DEMO=false}).
 * {@code serviceJvmOptions}: see {@link ServiceJvm}. {@code classArchives}: where the services' {@link ClassArchive}s
 * are kept ({@code <data>/class-archives} for the launcher, off with {@code PARTYDEV_CLASS_ARCHIVES=false}); none
 * for test stacks, whose every stop would pay for a dump.
 */
public record LocalStackSettings(Path projectDirectory, Path dataDirectory, int postgresPort, int kafkaPort,
                          int kafkaControllerPort, Map<String, Integer> services, int proxyPort, int consolePort,
                          Optional<String> corsOrigins, Duration readyTimeout, boolean demo,
                          List<String> serviceJvmOptions, Optional<Path> classArchives) {

    static final List<String> DATABASES = List.of("candidate", "training", "admission", "reporting");

    /**
     * A stack on free ports with its data in {@code dataDirectory} (tests; nothing else on the machine collides): the
     * services' runnable jars are taken from {@code projectDirectory}.
     */
    public static LocalStackSettings onFreePorts(Path projectDirectory, Path dataDirectory, Duration readyTimeout) {
        Map<String, Integer> services = new LinkedHashMap<>();
        for (String service : List.of("admission-service", "candidate-service", "training-service", "reporting-service")) {
            services.put(service, FreePorts.next());
        }
        return new LocalStackSettings(projectDirectory.toAbsolutePath().normalize(), dataDirectory.toAbsolutePath().normalize(),
                FreePorts.next(), FreePorts.next(), FreePorts.next(), services, FreePorts.next(), FreePorts.next(), Optional.empty(), readyTimeout, false,
                ServiceJvm.options(System.getenv()), Optional.empty());
    }

    /** The same settings with the services' class archives kept in {@code directory} (or none). */
    public LocalStackSettings withClassArchives(Optional<Path> directory) {
        return new LocalStackSettings(projectDirectory, dataDirectory, postgresPort, kafkaPort, kafkaControllerPort, services,
                proxyPort, consolePort, corsOrigins, readyTimeout, demo, serviceJvmOptions, directory);
    }

    /** The same settings with only {@code chosen} of the services. */
    public LocalStackSettings withServices(List<String> chosen) {
        Map<String, Integer> kept = new LinkedHashMap<>();
        chosen.forEach(service -> kept.put(service, services.get(service)));
        return new LocalStackSettings(projectDirectory, dataDirectory, postgresPort, kafkaPort, kafkaControllerPort, kept,
                proxyPort, consolePort, corsOrigins, readyTimeout, demo, serviceJvmOptions, classArchives);
    }

    static LocalStackSettings from(String[] args, Map<String, String> env) {
        Path project = Path.of(env.getOrDefault("PARTYDEV_PROJECT_DIR", ".")).toAbsolutePath().normalize();
        List<String> arguments = Arrays.stream(args).filter(arg -> !arg.startsWith("--")).toList();
        List<String> options = Arrays.stream(args).filter(arg -> arg.startsWith("--")).toList();
        for (String option : options) {
            if (!option.equals("--no-demo")) {
                throw new IllegalArgumentException("unknown option " + option + " (the only option is --no-demo)");
            }
        }
        Path data = Path.of(!arguments.isEmpty() ? arguments.get(0) : env.getOrDefault("PARTYDEV_DATA_DIR", project.resolve(".partydev").toString()))
                .toAbsolutePath().normalize();
        Map<String, Integer> services = new LinkedHashMap<>();
        services.put("admission-service", port(env, "PARTYDEV_ADMISSION_PORT", 8083));
        services.put("candidate-service", port(env, "PARTYDEV_CANDIDATE_PORT", 8081));
        services.put("training-service", port(env, "PARTYDEV_TRAINING_PORT", 8082));
        services.put("reporting-service", port(env, "PARTYDEV_REPORTING_PORT", 8084));
        return new LocalStackSettings(project, data,
                port(env, "PARTYDEV_POSTGRES_PORT", 15432),
                port(env, "PARTYDEV_KAFKA_PORT", 19092),
                port(env, "PARTYDEV_KAFKA_CONTROLLER_PORT", 19093),
                services,
                port(env, "PARTYDEV_PROXY_PORT", 8080),
                port(env, "PARTYDEV_CONSOLE_PORT", 8090),
                Optional.ofNullable(env.get("PARTYDEV_CORS_ORIGINS")).filter(origins -> !origins.isBlank()),
                Duration.ofSeconds(Long.parseLong(env.getOrDefault("PARTYDEV_READY_TIMEOUT_SECONDS", "300"))),
                !options.contains("--no-demo") && !env.getOrDefault("PARTYDEV_DEMO", "true").equalsIgnoreCase("false"),
                ServiceJvm.options(env),
                env.getOrDefault("PARTYDEV_CLASS_ARCHIVES", "true").equalsIgnoreCase("false")
                        ? Optional.empty() : Optional.of(data.resolve("class-archives")));
    }

    static String databaseOf(String service) {
        return service.substring(0, service.indexOf('-'));
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        return Integer.parseInt(env.getOrDefault(variable, Integer.toString(defaultPort)));
    }
}
