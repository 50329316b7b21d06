package vn.partydev.admission.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/** An introduction (giới thiệu) of the applicant by an official member or a mass organisation's executive committee. */
@Entity
@Table(name = "introduction")
public class Introduction extends CaseRecord {

    @Enumerated(EnumType.STRING)
    public IntroducerKind kind;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "known_since")
    public LocalDate knownSince;

    @Column(name = "introduced_on")
    public LocalDate introducedOn;
}
