package vn.partydev.reporting.bench;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The benchmark measures rebuilds alone: no live consumer competes for the two cores. */
public class BenchProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("partydev.consumer.group", "", "quarkus.log.category.\"vn.partydev.reporting\".level", "INFO");
    }
}
