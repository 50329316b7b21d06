package vn.partydev.training.domain;

/**
 * A person's standing on the member roll as far as training-service knows it. The rank orders the standings so that
 * events arriving out of order never move a person back (a recognition seen before the admission stays official).
 */
public enum MembershipStanding {
    PROBATIONARY(1), OFFICIAL(2), STRUCK_OFF(2), LEFT(3);

    private final int rank;

    MembershipStanding(int rank) {
        this.rank = rank;
    }

    public boolean supersedes(MembershipStanding current) {
        return current == null || rank > current.rank;
    }
}
