package vn.partydev.system;

import vn.partydev.local.ServiceProcess;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records each service's consumer is behind, summed over topics and partitions, from its {@code partydev_consumer_lag} gauges. */
final class ConsumerLags {

    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    private ConsumerLags() {
    }

    static Map<String, Long> read(List<ServiceProcess> services) {
        Map<String, Long> lags = new LinkedHashMap<>();
        for (ServiceProcess service : services) {
            lags.put(service.name(), read(service));
        }
        return lags;
    }

    static long read(ServiceProcess service) {
        try {
            return (long) ServiceMetrics.sum(service, "partydev_consumer_lag");
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Waits until every running consumer has reported no lag for 2 s; answers how long until the first of those readings. */
    static Duration awaitDrained(List<ServiceProcess> services) throws InterruptedException {
        long start = System.nanoTime();
        long quietSince = 0;
        int quiet = 0;
        while (quiet < 8) {   // 2 s at 250 ms: twice the gauges' refresh (partydev.consumer.lag-interval, 1 s)
            if (System.nanoTime() - start > DRAIN_LIMIT.toNanos()) {
                throw new IllegalStateException("not drained within " + DRAIN_LIMIT + ": " + ConsumerLags.read(services));
            }
            long now = System.nanoTime();
            boolean caughtUp = ConsumerLags.read(services).values().stream().allMatch(lag -> lag == 0);
            quietSince = caughtUp ? (quiet == 0 ? now : quietSince) : 0;
            quiet = caughtUp ? quiet + 1 : 0;
            Thread.sleep(250);
        }
        return Duration.ofNanos(quietSince - start);
    }
}
