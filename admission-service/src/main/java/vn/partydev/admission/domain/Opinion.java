package vn.partydev.admission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The recorded opinion (nhận xét) of a mass organisation or of the residence cell on the applicant. */
@Entity
@Table(name = "opinion")
public class Opinion extends CaseRecord {

    @Enumerated(EnumType.STRING)
    public OpinionGiver giver;

    @Column(name = "given_on")
    public LocalDate givenOn;

    public boolean favourable;

    public String summary;
}
