package vn.partydev.system;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

import static vn.partydev.system.Api.body;

/** Registers organisations through admission-service's public API for the system tests and benchmarks. */
final class Organisations {

    private Organisations() {
    }

    /** Registers one organisation valid since {@link Story#FOUNDED}; a commune gets {@code communePopulation}. */
    static UUID register(Api api, UUID parent, String code, String name, String kind, boolean decides, int communePopulation) {
        ObjectNode request = body().put("parentId", parent.toString()).put("code", code).put("name", name).put("kind", kind)
                .put("mayDecideAdmission", decides).put("validFrom", Story.FOUNDED.toString());
        if (kind.equals("COMMUNE")) {
            request.put("population", communePopulation);
        }
        return UUID.fromString(api.post("/api/v1/organisations", request, 201).path("id").asText());
    }
}
