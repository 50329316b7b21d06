package vn.partydev.admission.domain;

import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.problem.RuleViolation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static vn.partydev.platform.codes.OrganisationKind.CELL;
import static vn.partydev.platform.codes.OrganisationKind.CENTRAL;
import static vn.partydev.platform.codes.OrganisationKind.COMMUNE;
import static vn.partydev.platform.codes.OrganisationKind.GRASSROOTS_CELL;
import static vn.partydev.platform.codes.OrganisationKind.GRASSROOTS_COMMITTEE;
import static vn.partydev.platform.codes.OrganisationKind.PARTIAL_COMMITTEE;
import static vn.partydev.platform.codes.OrganisationKind.PROVINCIAL;

/**
 * Which kind of node may sit under which (code {@code ORG-TREE}). Provincial organisations (and equivalent blocs)
 * hold communes and grassroots organisations directly; a commune holds grassroots organisations and cells directly
 * (chi bộ thôn, tổ dân phố); cells are leaves: only they hold members.
 */
public final class OrganisationTreeRules {

    public static final String RULE = "ORG-TREE";

    private static final Map<OrganisationKind, Set<OrganisationKind>> CHILDREN = Map.of(
            CENTRAL, EnumSet.of(PROVINCIAL),
            PROVINCIAL, EnumSet.of(COMMUNE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL),
            COMMUNE, EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, CELL),
            GRASSROOTS_COMMITTEE, EnumSet.of(PARTIAL_COMMITTEE, CELL),
            PARTIAL_COMMITTEE, EnumSet.of(CELL),
            GRASSROOTS_CELL, EnumSet.noneOf(OrganisationKind.class),
            CELL, EnumSet.noneOf(OrganisationKind.class));

    private OrganisationTreeRules() {
    }

    public static boolean allowed(OrganisationKind parent, OrganisationKind child) {
        return CHILDREN.get(parent).contains(child);
    }

    public static void requireChildKind(Organisation parent, OrganisationKind child) {
        if (parent.retired()) {
            throw new RuleViolation(RULE, "the parent organisation " + parent.code + " was retired on " + parent.validTo)
                    .in("parent-retired", parent.code, parent.validTo);
        }
        if (!allowed(parent.kind, child)) {
            throw new RuleViolation(RULE, "a " + child + " cannot sit under a " + parent.kind + "; allowed under a "
                    + parent.kind + ": " + (CHILDREN.get(parent.kind).isEmpty() ? "nothing (a cell is a leaf)" : CHILDREN.get(parent.kind)))
                    .in("kind-not-allowed", child, parent.kind, CHILDREN.get(parent.kind).isEmpty() ? null : CHILDREN.get(parent.kind));
        }
    }
}
