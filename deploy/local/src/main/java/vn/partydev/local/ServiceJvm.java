package vn.partydev.local;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM options of a service started by the launcher: a small heap to start with (the RSS of an idle service stays
 * near 200 MiB), the serial collector and C1 only (two cores shared by four services, the broker and PostgreSQL).
 * {@code -Dpartydev.service.jvm-options} or {@code PARTYDEV_SERVICE_JVM_OPTIONS} (options separated by spaces)
 * replaces them.
 */
public final class ServiceJvm {

    public static final List<String> DEFAULT_OPTIONS = List.of("-Xms32m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private ServiceJvm() {
    }

    static List<String> options(Map<String, String> env) {
        return Optional.ofNullable(System.getProperty("partydev.service.jvm-options"))
                .or(() -> Optional.ofNullable(env.get("PARTYDEV_SERVICE_JVM_OPTIONS")))
                .filter(options -> !options.isBlank())
                .map(options -> Arrays.stream(options.trim().split("\\s+")).toList())
                .orElse(DEFAULT_OPTIONS);
    }
}
