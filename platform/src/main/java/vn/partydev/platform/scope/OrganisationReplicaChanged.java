package vn.partydev.platform.scope;

/** A CDI event: a change of {@code organisation_replica} has committed. */
public record OrganisationReplicaChanged() {
}
