package vn.partydev.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set of a process as the kernel counts it ({@code VmRSS} of {@code /proc/<pid>/status}), in MiB. */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static double rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
            throw new IllegalStateException("no VmRSS for " + pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pid the start sequence wrote for {@code service} under {@code dataDirectory}. */
    static long pidOf(Path dataDirectory, String service) {
        try {
            return Long.parseLong(Files.readString(dataDirectory.resolve("run").resolve(service + ".pid")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
