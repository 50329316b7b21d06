package vn.partydev.local.demo;

import vn.partydev.local.LocalStack;
import vn.partydev.local.SigningKeys;
import vn.partydev.local.TokenMinter;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo province (tỉnh mẫu) a new user finds on the first start of the local stack: loaded once, through the
 * entry point, into a data directory the launcher has just created.
 *
 * <p>State in {@code <data-dir>/demo/}: {@code started} (the day the plan is dated from) is written before the first
 * request, {@code loaded} when the last one succeeded. A start that finds {@code started} without {@code loaded} (a
 * load interrupted or failed) loads the same plan again: creations replay their {@code Idempotency-Key}s, recorded
 * steps answer "already done". A data directory that existed before without {@code started} is the user's own and
 * is left alone.
 */
public final class DemoProvince {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String LOADER = "partydev-demo-loader";

    private DemoProvince() {
    }

    /**
     * Loads the demo province if this data directory is new (or its load was interrupted); prints a few lines.
     * A failed load is reported, not thrown: the stack keeps running, and the next start resumes the load.
     *
     * @return whether the demo province is loaded now
     */
    public static boolean loadOnFirstStart(Path dataDirectory, boolean newDataDirectory, URI entryPoint, SigningKeys keys,
                                           PrintStream out) {
        Path state = dataDirectory.resolve("demo");
        Path started = state.resolve("started");
        Path loaded = state.resolve("loaded");
        try {
            if (Files.exists(loaded)) {
                return true;
            }
            boolean resuming = Files.exists(started);
            if (!resuming && !newDataDirectory) {
                return false;
            }
            LocalDate day;
            if (resuming) {
                day = LocalDate.parse(Files.readString(started).strip());
                out.println("Resuming the demo province's load (dated " + day + ") ...");
            } else {
                day = LocalDate.now(VIETNAM);
                Files.createDirectories(state);
                Files.writeString(started, day + "\n");
                out.println("Loading the demo province (first start; PARTYDEV_DEMO=false or --no-demo turns it off) ...");
            }
            Instant start = Instant.now();
            ProvincePlan plan = ProvincePlan.forDay(day);
            String token = new TokenMinter(keys).mint(LOADER, "organiser", LocalStack.NATIONAL_ROOT_ORGANISATION, Duration.ofHours(2));
            DemoLoader loader = new DemoLoader(new DemoApi(entryPoint, token, resuming), plan, out);
            loader.load();
            Files.writeString(loaded, "province " + ProvincePlan.provinceCode() + " " + loader.provinceId() + "\n"
                    + "dated " + day + "\nmembers " + plan.memberCount() + "\ncandidates " + plan.candidateCount() + "\n");
            out.printf("Demo province loaded in %.1f s: %s (code %s, id %s), %d members, %d candidates.%n",
                    Duration.between(start, Instant.now()).toMillis() / 1000.0, "Đảng bộ tỉnh Lâm Đồng",
                    ProvincePlan.provinceCode(), loader.provinceId(), plan.memberCount(), plan.candidateCount());
            return true;
        } catch (IOException | RuntimeException e) {
            out.println("The demo province could not be loaded (" + e.getMessage() + "); the next start resumes it.");
            return false;
        }
    }
}
