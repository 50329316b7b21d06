package vn.partydev.admission.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.events.Demographics;
import vn.partydev.platform.events.admission.MemberLeft.LeaveReason;
import vn.partydev.platform.person.PersonCategories;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A party member (đảng viên) on the roll: probationary (dự bị) from the day of entry, official (chính thức) from
 * the official date. The cell is the current one (or the last, once left); the history is in member_cell_period.
 */
@Entity
@Table(name = "member")
public class Member extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "full_name")
    public String fullName;
    @Column(name = "name_search")
    public String nameSearch;
    @Column(name = "citizen_id")
    @JdbcTypeCode(SqlTypes.CHAR)
    public String citizenId;
    @Embedded
    public PersonCategories categories = new PersonCategories();
    @Column(name = "cell_id")
    public UUID cellId;
    @Column(name = "organisation_path")
    public String organisationPath;
    @Column(name = "residential_area_id")
    public UUID residentialAreaId;
    @Enumerated(EnumType.STRING)
    public MemberStatus status;
    @Column(name = "entry_date")
    public LocalDate entryDate;
    @Column(name = "official_date")
    public LocalDate officialDate;
    @Column(name = "left_on")
    public LocalDate leftOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason")
    public LeaveReason leaveReason;
    @Version
    public long version;

    public boolean onRoll() {
        return leftOn == null;
    }

    /** The status on {@code date}: empty before entry and from the day of leaving. */
    public java.util.Optional<MemberStatus> statusOn(LocalDate date) {
        if (date.isBefore(entryDate) || (leftOn != null && !date.isBefore(leftOn))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(officialDate != null && !date.isBefore(officialDate)
                ? MemberStatus.OFFICIAL : MemberStatus.PROBATIONARY);
    }

    /** The categories as an event dated {@code on} carries them: the age on that date, never the birth date. */
    public Demographics demographics(LocalDate on) {
        return categories.toDemographics(on);
    }
}
