package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partydev.platform.codes.OrganisationKind;
import vn.partydev.platform.scope.OrganisationRef;
import vn.partydev.platform.search.VietnameseText;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A node of the party organisation tree (tổ chức đảng): a committee or a cell. The materialised {@link #path}
 * ({@code /<root>/.../<id>/}) makes "everything under X" a prefix match; a retired node keeps its row (valid_to set).
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;
    public String code;
    public String name;
    @Column(name = "name_search")
    public String nameSearch;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    @Column(name = "parent_id")
    public UUID parentId;
    public String path;
    @Column(name = "may_decide_admission")
    public boolean mayDecideAdmission;
    public Integer population;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    @Column(name = "successor_id")
    public UUID successorId;
    @Version
    public long version;

    /** A new node under {@code parent} (null only for the national root, which the schema seeds). */
    public static Organisation under(Organisation parent, UUID id, String code, String name, OrganisationKind kind,
                                     boolean mayDecideAdmission, Integer population, LocalDate validFrom) {
        OrganisationTreeRules.requireChildKind(parent, kind);
        Organisation organisation = new Organisation();
        organisation.id = id;
        organisation.code = code;
        organisation.rename(name);
        organisation.kind = kind;
        organisation.parentId = parent.id;
        organisation.path = parent.path + id + "/";
        organisation.mayDecideAdmission = mayDecideAdmission;
        organisation.population = population;
        organisation.validFrom = validFrom;
        return organisation;
    }

    public void rename(String newName) {
        name = newName;
        nameSearch = VietnameseText.normalise(newName);
    }

    public boolean retired() {
        return validTo != null;
    }

    public boolean covers(String otherPath) {
        return otherPath.startsWith(path);
    }

    public OrganisationRef ref() {
        return new OrganisationRef(id, parentId, kind, code, name, path, mayDecideAdmission, retired());
    }
}
