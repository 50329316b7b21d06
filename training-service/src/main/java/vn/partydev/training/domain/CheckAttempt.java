package vn.partydev.training.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** One examination of a trainee by the awareness-check council (hội đồng kiểm tra); every attempt is kept. */
@Entity
@Table(name = "check_attempt")
public class CheckAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    public int attempt;

    @Column(name = "checked_on")
    public LocalDate checkedOn;

    public String council;

    public boolean passed;

    public BigDecimal score;

    @Column(name = "recorded_by")
    public String recordedBy;
}
