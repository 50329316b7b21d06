package vn.partydev.reporting.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The live projection benchmark runs the service as deployed: its consumer on, applying what the broker delivers. */
public class LiveBenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.log.category.\"vn.partydev.reporting\".level", "INFO");
    }
}
