package vn.partydev.candidate;

import vn.partydev.candidate.domain.CitizenId;
import vn.partydev.platform.codes.Gender;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid nomination bodies with citizen ids unique in the test JVM (the database lives as long as the JVM). */
public final class People {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    /** The residential area every nominee lives in: announced with each {@link OrganisationTree}, in its commune A. */
    public static final UUID RESIDENTIAL_AREA = UUID.fromString("7e5a0000-0000-4000-8000-0000000000a5");

    private People() {
    }

    /** A citizen id of province 001 agreeing with the birth date and gender, never given out before in this JVM. */
    public static String citizenId(LocalDate birthDate, Gender gender) {
        return "001" + CitizenId.centuryGenderDigit(birthDate.getYear(), gender)
                + String.format("%02d", birthDate.getYear() % 100) + String.format("%06d", SERIAL.incrementAndGet());
    }

    public static Map<String, Object> person(String fullName, LocalDate birthDate, Gender gender) {
        return person(fullName, birthDate, gender, citizenId(birthDate, gender));
    }

    public static Map<String, Object> person(String fullName, LocalDate birthDate, Gender gender, String citizenId) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("fullName", fullName);
        person.put("birthDate", birthDate.toString());
        person.put("gender", gender.name());
        person.put("ethnicGroup", "KINH");
        person.put("religion", "NONE");
        person.put("citizenId", citizenId);
        person.put("generalEducation", "UPPER_SECONDARY");
        person.put("professionalLevel", "UNIVERSITY");
        person.put("politicalTheoryLevel", "NONE");
        person.put("occupation", "STUDENT");
        person.put("residentialAreaId", RESIDENTIAL_AREA.toString());
        person.put("workplace", "Trường Đại học Bách khoa Hà Nội");
        person.put("youthUnionMember", true);
        person.put("tradeUnionMember", false);
        return person;
    }

    public static Map<String, Object> nomination(UUID cellId, LocalDate nominatedOn) {
        Map<String, Object> nomination = new LinkedHashMap<>();
        nomination.put("source", "YOUTH_UNION");
        nomination.put("organisationName", "Đoàn TNCS Hồ Chí Minh phường Dịch Vọng");
        nomination.put("nominatedOn", nominatedOn.toString());
        nomination.put("cellId", cellId.toString());
        return nomination;
    }

    public static Map<String, Object> body(Map<String, Object> person, Map<String, Object> nomination) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("person", person);
        body.put("nomination", nomination);
        return body;
    }

    /** A valid nomination of a 21-year-old woman to {@code cellId}. */
    public static Map<String, Object> nominee(String fullName, UUID cellId) {
        return body(person(fullName, LocalDate.of(2004, 5, 17), Gender.FEMALE), nomination(cellId, LocalDate.of(2025, 9, 2)));
    }
}
