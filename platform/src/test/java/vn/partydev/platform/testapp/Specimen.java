package vn.partydev.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A scoped, versioned row with personal data, standing for a service's candidate or member. */
@Entity
@Table(name = "specimen")
public class Specimen extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_path")
    public String organisationPath;

    public String name;

    @Column(name = "name_search")
    public String nameSearch;

    @Column(name = "citizen_id")
    public String citizenId;

    public int copies;

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;
}
