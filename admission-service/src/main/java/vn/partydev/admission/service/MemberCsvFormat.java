package vn.partydev.admission.service;

import vn.partydev.admission.domain.ImportError;
import vn.partydev.admission.domain.MemberRules;
import vn.partydev.platform.codes.EthnicGroup;
import vn.partydev.platform.codes.Gender;
import vn.partydev.platform.codes.GeneralEducation;
import vn.partydev.platform.codes.MemberStatus;
import vn.partydev.platform.codes.Occupation;
import vn.partydev.platform.codes.ProfessionalLevel;
import vn.partydev.platform.codes.Religion;
import vn.partydev.platform.problem.ProblemException;
import vn.partydev.platform.rules.RuleSet;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The members file (danh sách đảng viên): Vietnamese column names, one member per row. Codes are the API's enum
 * names; a few Vietnamese spellings are accepted too (Nam/Nữ, Dự bị/Chính thức, có/không, the GSO ethnic codes "01"…).
 * Dates are yyyy-MM-dd or dd/MM/yyyy.
 */
public final class MemberCsvFormat {

    public static final List<String> REQUIRED = List.of("so_cccd", "ho_ten", "ngay_sinh", "gioi_tinh", "dan_toc",
            "ton_giao", "trinh_do_pho_thong", "trinh_do_chuyen_mon", "nghe_nghiep", "ma_chi_bo", "trang_thai", "ngay_vao_dang");
    public static final List<String> OPTIONAL = List.of("ngay_chinh_thuc", "doan_vien", "cong_doan_vien");

    private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Map<String, EthnicGroup> ETHNIC_CODES = new HashMap<>();

    static {
        for (EthnicGroup group : EthnicGroup.values()) {
            ETHNIC_CODES.put(group.code(), group);
            ETHNIC_CODES.put(group.name(), group);
        }
    }

    /** A row that passed every check that needs no database. */
    public record Row(long line, String fullName, String citizenId, LocalDate birthDate, Gender gender,
                      EthnicGroup ethnicGroup, Religion religion, GeneralEducation generalEducation,
                      ProfessionalLevel professionalLevel, Occupation occupation, boolean youthUnionMember,
                      boolean tradeUnionMember, String cellCode, MemberStatus status, LocalDate entryDate,
                      LocalDate officialDate) {
    }

    private final CsvColumns columns;
    private final LocalDate today;
    private final RuleSet rules;

    public MemberCsvFormat(List<String> header, LocalDate today, RuleSet rules) {
        this.columns = new CsvColumns(header, REQUIRED, OPTIONAL);
        this.today = today;
        this.rules = rules;
    }

    /** The row, or null after reporting each problem of it to {@code errors}. */
    public Row parse(long line, List<String> record, Consumer<ImportError> errors) {
        Problems problems = new Problems(line, errors);
        String citizenId = columns.value(record, "so_cccd");
        if (!CITIZEN_ID.matcher(citizenId).matches()) {
            problems.add("so_cccd", "must be 12 digits");
        }
        String fullName = Normalizer.normalize(columns.value(record, "ho_ten"), Normalizer.Form.NFC);
        if (fullName.isEmpty() || fullName.length() > 100 || !NAME.matcher(fullName).matches()) {
            problems.add("ho_ten", "must be 1 to 100 letters, spaces, '.', ''' or '-'");
        }
        LocalDate birthDate = problems.date(columns.value(record, "ngay_sinh"), "ngay_sinh", true);
        Gender gender = problems.code(columns.value(record, "gioi_tinh"), "gioi_tinh", MemberCsvFormat::gender);
        EthnicGroup ethnicGroup = problems.code(columns.value(record, "dan_toc"), "dan_toc", ETHNIC_CODES::get);
        Religion religion = problems.code(columns.value(record, "ton_giao"), "ton_giao", value -> Religion.valueOf(value));
        GeneralEducation education = problems.code(columns.value(record, "trinh_do_pho_thong"), "trinh_do_pho_thong", GeneralEducation::valueOf);
        ProfessionalLevel professional = problems.code(columns.value(record, "trinh_do_chuyen_mon"), "trinh_do_chuyen_mon", ProfessionalLevel::valueOf);
        Occupation occupation = problems.code(columns.value(record, "nghe_nghiep"), "nghe_nghiep", Occupation::valueOf);
        Boolean youth = problems.flag(columns.value(record, "doan_vien"), "doan_vien");
        Boolean trade = problems.flag(columns.value(record, "cong_doan_vien"), "cong_doan_vien");
        String cellCode = columns.value(record, "ma_chi_bo");
        if (cellCode.isEmpty() || cellCode.length() > 50) {
            problems.add("ma_chi_bo", "must be the code of a cell, 1 to 50 characters");
        }
        MemberStatus status = problems.code(columns.value(record, "trang_thai"), "trang_thai", MemberCsvFormat::status);
        LocalDate entryDate = problems.date(columns.value(record, "ngay_vao_dang"), "ngay_vao_dang", true);
        LocalDate officialDate = problems.date(columns.value(record, "ngay_chinh_thuc"), "ngay_chinh_thuc", false);
        if (problems.none() && birthDate != null && entryDate != null && status != null) {
            try {
                MemberRules.requireConsistentDates(birthDate, status, entryDate, officialDate, today, rules);
            } catch (ProblemException broken) {
                problems.add(status == MemberStatus.OFFICIAL ? "ngay_chinh_thuc" : "ngay_vao_dang", broken.code() + ": " + broken.getMessage());
            }
        }
        if (!problems.none()) {
            return null;
        }
        return new Row(line, fullName, citizenId, birthDate, gender, ethnicGroup, religion, education, professional,
                occupation, youth != null && youth, trade != null && trade, cellCode, status, entryDate, officialDate);
    }

    private static Gender gender(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "NAM", "MALE" -> Gender.MALE;
            case "NỮ", "NU", "FEMALE" -> Gender.FEMALE;
            default -> null;
        };
    }

    private static MemberStatus status(String value) {
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "DỰ BỊ", "DU_BI", "DU BI", "PROBATIONARY" -> MemberStatus.PROBATIONARY;
            case "CHÍNH THỨC", "CHINH_THUC", "CHINH THUC", "OFFICIAL" -> MemberStatus.OFFICIAL;
            default -> null;
        };
    }

    /** Collects the problems of one row. */
    private static final class Problems {
        private final long line;
        private final Consumer<ImportError> sink;
        private int count;

        Problems(long line, Consumer<ImportError> sink) {
            this.line = line;
            this.sink = sink;
        }

        void add(String column, String detail) {
            count++;
            sink.accept(new ImportError(line, column, detail));
        }

        boolean none() {
            return count == 0;
        }

        LocalDate date(String value, String column, boolean required) {
            if (value.isEmpty()) {
                if (required) {
                    add(column, "is required (yyyy-MM-dd or dd/MM/yyyy)");
                }
                return null;
            }
            try {
                return LocalDate.parse(value, value.indexOf('/') > 0 ? VIETNAMESE : ISO);
            } catch (DateTimeParseException notADate) {
                add(column, "is not a date (yyyy-MM-dd or dd/MM/yyyy)");
                return null;
            }
        }

        Boolean flag(String value, String column) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "", "0", "không", "khong", "false" -> false;
                case "1", "có", "co", "true" -> true;
                default -> {
                    add(column, "must be có/không (or 1/0, true/false)");
                    yield null;
                }
            };
        }

        <T> T code(String value, String column, java.util.function.Function<String, T> parser) {
            T parsed = null;
            try {
                parsed = value.isEmpty() ? null : parser.apply(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                parsed = null;
            }
            if (parsed == null) {
                add(column, value.isEmpty() ? "is required" : "is not one of the codes listed in the API documentation");
            }
            return parsed;
        }
    }
}
