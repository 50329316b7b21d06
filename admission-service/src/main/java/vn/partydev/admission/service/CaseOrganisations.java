package vn.partydev.admission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.admission.domain.Organisation;
import vn.partydev.admission.domain.OrganisationValidity;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.problem.NotFound;
import vn.partydev.platform.problem.RuleViolation;
import vn.partydev.platform.scope.CallerScope;
import vn.partydev.platform.scope.OrganisationDirectory;
import vn.partydev.platform.scope.OrganisationRef;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Where a cell sits in the tree, as the procedure needs it: its grassroots committee, who decides, who is superior. */
@ApplicationScoped
public class CaseOrganisations {

    @Inject
    OrganisationDirectory directory;
    @Inject
    CallerScope scope;

    public OrganisationRef cell(UUID cellId) {
        OrganisationRef cell = directory.find(cellId).orElseThrow(() -> new NotFound("organisation", cellId));
        if (!cell.kind().isCell()) {
            throw new RuleViolation("NOT_A_CELL", "organisation " + cellId + " is a " + cell.kind() + ", not a cell");
        }
        return cell;
    }

    public Optional<OrganisationRef> find(UUID id) {
        return directory.find(id);
    }

    /** R-ORG-1: the organisation existed on {@code date}, the day of {@code act}. */
    public void requireExisting(UUID id, LocalDate date, String act) {
        Organisation organisation = Organisation.findById(id);
        if (organisation == null) {
            throw new NotFound("organisation", id);
        }
        OrganisationValidity.requireExisting(organisation, date, act);
    }

    public OrganisationRef get(UUID id) {
        return directory.find(id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** The path of the organisation's subtree, which must lie in the caller's (404 otherwise); the caller's own for null. */
    public String subtreeInScope(UUID organisationId) {
        if (organisationId == null) {
            return scope.path();
        }
        String path = get(organisationId).path();
        scope.require(path, "organisation", organisationId);
        return path;
    }

    /** The grassroots committee (đảng bộ cơ sở) above a cell, which votes after it (R-VOTE-2); none for a grassroots cell. */
    public Optional<OrganisationRef> grassrootsCommitteeAbove(OrganisationRef cell) {
        if (cell.kind() == OrganisationKind.GRASSROOTS_CELL) {
            return Optional.empty();
        }
        Optional<OrganisationRef> node = parent(cell);
        while (node.isPresent() && !node.get().kind().isGrassroots()) {
            node = parent(node.get());
        }
        return node.filter(found -> found.kind() == OrganisationKind.GRASSROOTS_COMMITTEE);
    }

    /** The nearest organisation at or above the cell that may decide admissions for its subtree. */
    public OrganisationRef decidingOrganisation(OrganisationRef cell) {
        Optional<OrganisationRef> node = Optional.of(cell);
        while (node.isPresent() && !node.get().mayDecideAdmission()) {
            node = parent(node.get());
        }
        return node.orElseThrow(() -> new RuleViolation("NO_DECIDING_ORGANISATION",
                "no organisation above cell " + cell.id() + " may decide admissions"));
    }

    /**
     * The superior committee (cấp ủy cấp trên) of the cell's grassroots organisation, which receives escalations
     * (R-VOTE-3): the parent of the grassroots organisation the roll assigns the cell to.
     */
    public UUID superiorCommittee(UUID grassrootsOrganisationId) {
        OrganisationRef grassroots = get(grassrootsOrganisationId);
        return grassroots.parentId() != null ? grassroots.parentId() : grassroots.id();
    }

    private Optional<OrganisationRef> parent(OrganisationRef node) {
        return node.parentId() == null ? Optional.empty() : directory.find(node.parentId());
    }
}
