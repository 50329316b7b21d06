package vn.partydev.platform.testapp;

import java.util.UUID;

/** Fired by the test application when a specimen is created, for observers of its transaction. */
record SpecimenCreated(UUID id) {
}
