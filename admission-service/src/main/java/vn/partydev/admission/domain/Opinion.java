package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** The recorded opinion (nhận xét) of a mass organisation or of the residence cell on the applicant. */
@Entity
@Table(name = "opinion")
public class Opinion extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    public AdmissionCase admissionCase;

    @Enumerated(EnumType.STRING)
    public OpinionGiver giver;

    @Column(name = "given_on")
    public LocalDate givenOn;

    public boolean favourable;

    public String summary;
}
