package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.partydev.platform.codes.ResidentialAreaKind;
import vn.partydev.platform.search.VietnameseText;

import java.util.UUID;

/** A residential area (địa bàn dân cư: thôn, bản, ấp, tổ dân phố) of a commune, optionally covered by a cell. */
@Entity
@Table(name = "residential_area")
public class ResidentialArea extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "commune_id")
    public UUID communeId;
    @Enumerated(EnumType.STRING)
    public ResidentialAreaKind kind;
    public String name;
    @Column(name = "name_search")
    public String nameSearch;
    public boolean disadvantaged;
    @Column(name = "covering_cell_id")
    public UUID coveringCellId;
    public Integer population;
    @Column(name = "organisation_path")
    public String organisationPath;
    @Version
    public long version;

    public void rename(String newName) {
        name = newName;
        nameSearch = VietnameseText.normalise(newName);
    }
}
