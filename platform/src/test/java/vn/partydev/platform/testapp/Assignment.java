package vn.partydev.platform.testapp;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The test application's state change: a helper assigned to a candidate. */
@Entity
@Table(name = "test_assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(name = "helper_member_id")
    public UUID helperMemberId;

    @Column(name = "assigned_on")
    public LocalDate assignedOn;
}
