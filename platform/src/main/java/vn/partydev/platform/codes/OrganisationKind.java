package vn.partydev.platform.codes;

/**
 * Kinds of node in the organisation tree (tổ chức đảng). The tree is data: levels change with reforms.
 * {@link #CENTRAL} is the single national root above the provincial organisations.
 */
public enum OrganisationKind {
    CENTRAL, PROVINCIAL, COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, PARTIAL_COMMITTEE, CELL;

    /** Only cells hold members and candidates. */
    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == CELL;
    }

    /** The grassroots organisation (tổ chức cơ sở đảng) is a grassroots committee or a grassroots cell. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }
}
