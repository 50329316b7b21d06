package vn.partydev.platform.testapp;

public enum SpecimenKind {
    ORDINARY, RARE
}
