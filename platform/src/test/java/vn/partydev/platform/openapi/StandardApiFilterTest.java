package vn.partydev.platform.openapi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StandardApiFilterTest {

    @Test
    void anOperationEveryServiceHasIsNamedAfterTheService() {
        assertEquals("readCandidateEventFeed", StandardApiFilter.qualified("readServiceEventFeed", "candidate-service"));
        assertEquals("getPlatformTestEventSchema", StandardApiFilter.qualified("getServiceEventSchema", "platform-test"));
    }

    @Test
    void aServicesOwnOperationKeepsItsId() {
        assertEquals("nominateCandidate", StandardApiFilter.qualified("nominateCandidate", "candidate-service"));
        assertEquals(null, StandardApiFilter.qualified(null, "candidate-service"));
    }
}
