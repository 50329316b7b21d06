package vn.partydev.platform.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.events.Demographics;

import java.time.LocalDate;

/**
 * The person categories (thành phần) a row keeps for rules and statistics — the columns of {@link Demographics},
 * mapped once for every table that stores them ({@code @Embedded} in the entity; the columns keep their names).
 * <p>
 * {@code birthDate} is known only to the service that records it from the person or the dossier (candidate-service's
 * record, admission's roll and case opening): events carry the age on their date instead, so categories learned from
 * an event have no birth date.
 * <p>
 * Hibernate reads a row whose category columns are all NULL as no categories at all (a null attribute): an entity
 * that may not know a person's categories yet must treat null as "unknown".
 */
@Embeddable
public class PersonCategories {

    @Enumerated(EnumType.STRING)
    @Column(name = "gender")
    public Gender gender;
    @Column(name = "birth_date")
    public LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "ethnic_group")
    public EthnicGroup ethnicGroup;
    @Enumerated(EnumType.STRING)
    @Column(name = "religion")
    public Religion religion;
    @Enumerated(EnumType.STRING)
    @Column(name = "general_education")
    public GeneralEducation generalEducation;
    @Enumerated(EnumType.STRING)
    @Column(name = "professional_level")
    public ProfessionalLevel professionalLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "occupation")
    public Occupation occupation;
    @Column(name = "youth_union_member")
    public boolean youthUnionMember;
    @Column(name = "trade_union_member")
    public boolean tradeUnionMember;

    /** The categories carried by an event: codes only, the birth date stays unknown. */
    public static PersonCategories of(Demographics demographics) {
        return of(demographics.gender(), null, demographics.ethnicGroup(), demographics.religion(),
                demographics.generalEducation(), demographics.professionalLevel(), demographics.occupation(),
                demographics.youthUnionMember(), demographics.tradeUnionMember());
    }

    /** The categories of a person whose record the service keeps, with the birth date (null when unknown). */
    public static PersonCategories of(Gender gender, LocalDate birthDate, EthnicGroup ethnicGroup, Religion religion,
                                      GeneralEducation generalEducation, ProfessionalLevel professionalLevel,
                                      Occupation occupation, boolean youthUnionMember, boolean tradeUnionMember) {
        PersonCategories categories = new PersonCategories();
        categories.gender = gender;
        categories.birthDate = birthDate;
        categories.ethnicGroup = ethnicGroup;
        categories.religion = religion;
        categories.generalEducation = generalEducation;
        categories.professionalLevel = professionalLevel;
        categories.occupation = occupation;
        categories.youthUnionMember = youthUnionMember;
        categories.tradeUnionMember = tradeUnionMember;
        return categories;
    }

    /**
     * The categories as an event dated {@code eventDate} carries them: codes and the age in completed years on that
     * date, never the birth date, a name or a citizen id.
     */
    public Demographics toDemographics(LocalDate eventDate) {
        if (birthDate == null) {
            throw new IllegalStateException("the age on an event's date needs the birth date");
        }
        return new Demographics(gender, Demographics.completedYears(birthDate, eventDate), ethnicGroup, religion,
                generalEducation, professionalLevel, occupation, youthUnionMember, tradeUnionMember);
    }
}
