package vn.partydev.candidate.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;

import java.util.Optional;
import java.util.UUID;

/** Cells and grassroots organisations, from the platform's replica of the organisation tree. */
@ApplicationScoped
public class CellDirectory {

    /** Guards against a cycle in corrupt replica data. */
    private static final int DEEPEST_TREE = 32;

    private final OrganisationDirectory organisations;

    CellDirectory(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    /** The receiving cell of a nomination: a known, active cell in the caller's subtree. */
    public OrganisationRef receivingCell(UUID cellId, CallerScope scope) {
        OrganisationRef cell = organisations.find(cellId)
                .filter(found -> scope.covers(found.path()))
                .orElseThrow(() -> new RuleViolation("UNKNOWN_CELL",
                        "organisation " + cellId + " is not known in your organisation's subtree"));
        if (!cell.kind().isCell()) {
            throw new RuleViolation("NOT_A_CELL", "organisation " + cellId + " is a " + cell.kind()
                    + "; candidates are nominated to a cell (GRASSROOTS_CELL or CELL)");
        }
        if (cell.retired()) {
            throw new RuleViolation("RETIRED_CELL", "cell " + cellId + " has been retired");
        }
        return cell;
    }

    /** An organisation in the caller's subtree, for list filters; absent outside it. */
    public Optional<OrganisationRef> inScope(UUID id, CallerScope scope) {
        return organisations.find(id).filter(found -> scope.covers(found.path()));
    }

    /**
     * The grassroots organisation (tổ chức cơ sở đảng) a cell belongs to: itself or its nearest grassroots ancestor; for a
     * cell directly under a commune committee, that commune committee (as admission-service counts it).
     */
    public Optional<UUID> grassrootsOf(UUID cellId) {
        Optional<OrganisationRef> node = cellId == null ? Optional.empty() : organisations.find(cellId);
        UUID commune = null;
        for (int depth = 0; node.isPresent() && depth < DEEPEST_TREE; depth++) {
            OrganisationRef current = node.get();
            if (current.kind().isGrassroots()) {
                return Optional.of(current.id());
            }
            if (current.kind() == OrganisationKind.COMMUNE && commune == null) {
                commune = current.id();
            }
            node = current.parentId() == null ? Optional.empty() : organisations.find(current.parentId());
        }
        return Optional.ofNullable(commune);
    }
}
