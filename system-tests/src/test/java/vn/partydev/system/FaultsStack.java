package vn.partydev.system;

import vn.partydev.local.LocalStackSettings;
import vn.partydev.local.RunningStack;
import vn.partydev.local.TokenMinter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;


/**
 * The stack {@link FaultsTest} injects its faults into (its own: free ports, a temporary directory), with a province →
 * commune → grassroots committee of its own, tokens for its users, and a new cell per scenario.
 */
final class FaultsStack implements AutoCloseable {

    static final String ADMISSION = "admission-service";
    static final String CANDIDATE = "candidate-service";

    private final Path data;
    private final RunningStack stack;
    private final TokenMinter minter;
    private final UUID commune;
    private final UUID committee;
    private int cells;

    private FaultsStack(Path data, RunningStack stack) {
        this.data = data;
        this.stack = stack;
        this.minter = new TokenMinter(stack.keys());
        Api national = admission(Story.NATIONAL_ROOT);
        UUID province = register(national, Story.NATIONAL_ROOT, "FT", "Tỉnh ủy Thử Lỗi", "PROVINCIAL", false);
        Api provincial = admission(province);
        commune = register(provincial, province, "FT-X", "Đảng bộ xã Thử Lỗi", "COMMUNE", true);
        committee = register(provincial, commune, "FT-X-CT", "Đảng bộ Công ty Thử Lỗi", "GRASSROOTS_COMMITTEE", false);
    }

    static FaultsStack start() throws Exception {
        RunningStack.quietInfrastructureLogs();
        Path data = Files.createTempDirectory("partydev-faults-");
        var settings = LocalStackSettings.onFreePorts(Path.of(System.getProperty("partydev.project.dir", "..")), data, Duration.ofMinutes(4));
        RunningStack stack = null;
        try {
            stack = RunningStack.start(settings, Map.of("PARTYDEV_CLOCK_FIXED", Story.TODAY_INSTANT,
                    "PARTYDEV_ADMISSION_IMPORTS_WORK_DIRECTORY", data.resolve("imports").toString()), line -> System.out.println("[faults] " + line));
            return new FaultsStack(data, stack);
        } catch (Exception | Error e) {
            if (stack != null) {
                stack.close();
            }
            System.out.println("[faults] the services' logs are in " + data.resolve("logs"));
            throw e;
        }
    }

    RunningStack stack() {
        return stack;
    }

    UUID commune() {
        return commune;
    }

    UUID committee() {
        return committee;
    }

    /** Where admission-service keeps uploaded files until their import ends. */
    Path importsDirectory() {
        return data.resolve("imports");
    }

    String mint(String subject, String role, UUID organisation) {
        return minter.mint(subject, role, organisation.toString(), Duration.ofHours(2));
    }

    /** A client of {@code service} as {@code role} of {@code organisation}. */
    Api as(String service, String subject, String role, UUID organisation) {
        return new Api(stack.service(service).baseUrl(), mint(subject, role, organisation));
    }

    Api admission(UUID organisation) {
        return as(ADMISSION, "faults-organiser", "organiser", organisation);
    }

    UUID newCell() {
        cells++;
        return register(admission(committee), committee, cellCode(), "Chi bộ Thử Lỗi " + cells, "CELL", false);
    }

    /** The code of the cell {@link #newCell()} registered last. */
    String cellCode() {
        return "FT-X-CT-" + cells;
    }

    private static UUID register(Api api, UUID parent, String code, String name, String kind, boolean decides) {
        return Organisations.register(api, parent, code, name, kind, decides, 4000);
    }

    /** Stops everything; when {@code keepOnlyLogs}, the services' logs go to target/faults-logs and the directory is deleted. */
    void close(boolean keepOnlyLogs) throws IOException {
        stack.close();
        if (keepOnlyLogs) {
            Path logs = Files.createDirectories(Path.of("target", "faults-logs"));
            try (var files = Files.list(data.resolve("logs"))) {
                for (Path log : files.toList()) {
                    Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } else {
            System.out.println("[faults] the services' logs are in " + data.resolve("logs"));
        }
    }

    @Override
    public void close() throws IOException {
        close(false);
    }
}
