package vn.partydev.platform.security;

/**
 * The roles of PartyDev's bearer tokens (claim {@code groups}), for {@code @RolesAllowed({Roles.ORGANISER, Roles.CELL})}.
 * The organisation a user belongs to is the claim {@code org}, read through {@link vn.partydev.platform.scope.CallerScope}.
 */
public final class Roles {

    /** System administrators: organisation tree, working calendar, rule sets. */
    public static final String ADMIN = "admin";
    /** Party committee staff (cán bộ tổ chức) of an organisation and its subtree. */
    public static final String ORGANISER = "organiser";
    /** A cell secretary (bí thư chi bộ): the cell's candidates, members and votes. */
    public static final String CELL = "cell";
    /** A political training centre (trung tâm chính trị): classes, results, certificates. */
    public static final String TRAINER = "trainer";
    /** Read-only access to the caller's subtree. */
    public static final String VIEWER = "viewer";
    /** External systems reading the event feed. */
    public static final String FEED = "feed";

    private Roles() {
    }
}
