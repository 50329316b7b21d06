package vn.partydev.local.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo province (tỉnh mẫu) the launcher loads on a first start: four communes with their cells, residential
 * areas, a member roll and candidates at every stage of the pipeline, dated relative to the day of the load so that
 * cases are due and overdue on that day. Everything is drawn from one seed: the same day gives the same province.
 * A plain description — {@link DemoLoader} sends it through the services' APIs.
 */
public final class ProvincePlan {

    static final long SEED = 14L;
    static final LocalDate ORGANISATIONS_FOUNDED = LocalDate.of(1990, 1, 1);
    static final LocalDate PROVINCE_FOUNDED = LocalDate.of(1976, 1, 1);
    /** The Lâm Đồng code that opens the citizen ids (CCCD) of the people born there. */
    private static final String PROVINCE_CODE_OF_IDS = "068";

    /** An organisation of the tree; {@code parent} is another one's code, or null for the province. */
    record Organisation(String code, String name, String kind, String parent, boolean decidesAdmission, Integer population) {
        boolean isCell() {
            return kind.equals("CELL") || kind.equals("GRASSROOTS_CELL");
        }
    }

    /** A residential area (thôn, tổ dân phố) of a commune, covered by a cell or not ({@code cell} null). */
    record ResidentialArea(String key, String commune, String kind, String name, boolean disadvantaged, String cell, int population) {
    }

    /** A person's record as the services take it: codes are the platform's enum names. */
    record Person(String fullName, LocalDate birthDate, boolean female, String ethnicGroup, String religion, String citizenId,
                  String generalEducation, String professionalLevel, String occupation, boolean youthUnion, boolean tradeUnion) {
    }

    /** A member of the roll before the system, imported by the member CSV import. */
    record Member(Person person, String cell, boolean official, LocalDate entryOn, LocalDate officialOn) {
        boolean officialOn(LocalDate day) {
            return official && !officialOn.isAfter(day);
        }
    }

    /** How a cohort's path ends, besides its last step. */
    enum Ending { ON_PATH, REJECTED, STRUCK_OFF, REMOVED }

    /**
     * Candidates sharing a timeline: {@code anchor} is the day of their cell vote (A); every other step is dated from
     * it. The awareness class runs from {@code classStart} to {@code classEnd}.
     */
    record Cohort(String name, LocalDate anchor, PipelineStep lastStep, Ending ending, int size,
                  LocalDate classStart, LocalDate classEnd) {
        /** For idempotency keys: visible ASCII, no spaces. */
        String key() {
            return name.replace(' ', '-');
        }

        LocalDate ceremony() {
            return anchor.plusDays(40);
        }

        LocalDate theoryClassStart() {
            return anchor.plusDays(60);
        }

        LocalDate theoryClassEnd() {
            return anchor.plusDays(64);
        }
    }

    /** One candidate: the person, where the nomination came from, the cell, and the cohort that dates every step. */
    record Candidate(int number, Person person, String source, String sourceOrganisation, String cell, String residentialArea,
                     Cohort cohort, boolean underCommittee, boolean inGrassrootsOrganisation, boolean failsFirstCheck,
                     List<Member> officialsToAsk) {

        String key() {
            return "demo-candidate-" + number;
        }

        LocalDate on(PipelineStep step) {
            LocalDate a = cohort.anchor();
            LocalDate ceremony = cohort.ceremony();
            return switch (step) {
                case NOMINATION -> a.minusDays(200);
                case LISTING -> a.minusDays(180);
                case HELPER, TRIAL_TASK -> a.minusDays(178);
                case TRIAL_TASK_EVALUATION -> a.minusDays(95);
                case REMOVAL -> a.minusDays(155);
                case ENROLMENT -> cohort.classStart().minusDays(5);
                case AWARENESS_CHECK, CERTIFICATE -> cohort.classEnd();
                case CASE_OPENED -> a.minusDays(60);
                case APPLICATION -> a.minusDays(59);
                case BACKGROUND -> a.minusDays(58);
                case VERIFICATION_TASKS -> a.minusDays(57);
                case VERIFICATION_DONE -> a.minusDays(30);
                case INTRODUCTIONS -> a.minusDays(20);
                case OPINION -> a.minusDays(10);
                case CELL_VOTE -> a;
                case COMMITTEE_VOTE -> a.plusDays(5);
                case REJECTION -> a.plusDays(7);
                case DECISION -> a.plusDays(20);
                case CEREMONY -> ceremony;
                case PROBATION_HELPER -> ceremony.plusDays(1);
                case THEORY_ENROLMENT -> cohort.theoryClassStart().minusDays(5);
                case THEORY_CERTIFICATE -> cohort.theoryClassEnd();
                case RECOGNITION_VOTE -> ceremony.plusMonths(12).plusDays(10);
                case RECOGNITION_DECISION -> ceremony.plusMonths(12).plusDays(30);
                case STRIKE_OFF -> ceremony.plusDays(200);
            };
        }

        /** Whether this candidate takes {@code step} by {@code today}: on its path, and dated on or before today. */
        boolean takes(PipelineStep step, LocalDate today) {
            return onPath(step) && !on(step).isAfter(today);
        }

        private boolean onPath(PipelineStep step) {
            return switch (cohort.ending()) {
                case REMOVED -> step.compareTo(PipelineStep.TRIAL_TASK) <= 0 && regular(step) || step == PipelineStep.REMOVAL;
                case REJECTED -> step.compareTo(PipelineStep.CELL_VOTE) <= 0 && step != PipelineStep.REMOVAL
                        || step == PipelineStep.REJECTION;
                case STRUCK_OFF -> step.compareTo(PipelineStep.THEORY_CERTIFICATE) <= 0 && regular(step)
                        || step == PipelineStep.STRIKE_OFF;
                case ON_PATH -> step.compareTo(cohort.lastStep()) <= 0 && regular(step);
            };
        }

        private boolean regular(PipelineStep step) {
            return switch (step) {
                case REMOVAL, REJECTION, STRIKE_OFF -> false;
                case COMMITTEE_VOTE -> underCommittee;
                // candidate-service finds a helper's grassroots organisation only under a grassroots committee or cell
                case HELPER -> inGrassrootsOrganisation;
                default -> true;
            };
        }

        boolean admittedBy(LocalDate today) {
            return takes(PipelineStep.CEREMONY, today);
        }

        /** The helper from the cell (đảng viên giúp đỡ), then the two introducers. */
        Member helper() {
            return officialsToAsk.get(0);
        }
    }

    private final LocalDate today;
    private final Random random = new Random(SEED);
    private final VietnameseNames names = new VietnameseNames(random);
    private final List<Organisation> organisations = new ArrayList<>();
    private final List<ResidentialArea> areas = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Cohort> cohorts = new ArrayList<>();
    private final List<Candidate> candidates = new ArrayList<>();
    private final Map<String, String> communeOf = new LinkedHashMap<>();
    private final Set<String> citizenIds = new HashSet<>();
    private final Set<String> nameAndYear = new HashSet<>();
    private int serial;

    private ProvincePlan(LocalDate today) {
        this.today = today;
    }

    /** The province as it stands on {@code today}: the steps dated after it are not taken yet. */
    public static ProvincePlan forDay(LocalDate today) {
        ProvincePlan plan = new ProvincePlan(today);
        plan.buildTree();
        plan.buildRoll();
        plan.buildCohorts();
        plan.buildCandidates();
        return plan;
    }

    public LocalDate today() {
        return today;
    }

    public static String provinceCode() {
        return "LD";
    }

    /** Admissions (ceremonies, the day of entry) dated from {@code from} to {@code to}, both included, by today. */
    public long admittedBetween(LocalDate from, LocalDate to) {
        return candidates.stream().filter(candidate -> candidate.admittedBy(today))
                .map(candidate -> candidate.on(PipelineStep.CEREMONY))
                .filter(day -> !day.isBefore(from) && !day.isAfter(to)).count();
    }

    public int memberCount() {
        return members.size();
    }

    public int candidateCount() {
        return candidates.size();
    }

    List<Organisation> organisations() {
        return organisations;
    }

    List<ResidentialArea> areas() {
        return areas;
    }

    List<Member> members() {
        return members;
    }

    List<Cohort> cohorts() {
        return cohorts;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    /** The imported official members of a cell on a day: the voters the loader counts (a lower bound of the electorate). */
    int officialsOn(String cell, LocalDate day) {
        return (int) members.stream().filter(member -> member.cell().equals(cell) && member.officialOn(day)).count();
    }

    /** Targets (chỉ tiêu) of the province and its communes: the past term, this year and the current term. */
    List<Target> targets() {
        List<Target> targets = new ArrayList<>();
        int year = today.getYear();
        int currentTermStart = 2025 + 5 * Math.floorDiv(year - 2026, 5);
        String pastTerm = (currentTermStart - 5) + "-" + currentTermStart;
        String currentTerm = currentTermStart + "-" + (currentTermStart + 5);
        int pastProvince = 0;
        int yearProvince = 0;
        for (Organisation commune : organisations.stream().filter(org -> org.kind().equals("COMMUNE")).toList()) {
            long past = candidates.stream().filter(c -> communeOf.get(c.cell()).equals(commune.code()) && c.admittedBy(today))
                    .map(c -> c.on(PipelineStep.CEREMONY))
                    .filter(day -> day.getYear() > currentTermStart - 5 && day.getYear() <= currentTermStart).count();
            int pastTarget = (int) Math.max(2, Math.round(past * 1.15));
            int yearTarget = 3;
            targets.add(new Target(commune.code(), pastTerm, pastTarget));
            targets.add(new Target(commune.code(), Integer.toString(year), yearTarget));
            targets.add(new Target(commune.code(), currentTerm, yearTarget * 5));
            pastProvince += pastTarget;
            yearProvince += yearTarget;
        }
        targets.add(0, new Target(provinceCode(), currentTerm, yearProvince * 5));
        targets.add(0, new Target(provinceCode(), Integer.toString(year), yearProvince));
        targets.add(0, new Target(provinceCode(), pastTerm, pastProvince));
        return targets;
    }

    /** An admissions target of an organisation for a year ({@code 2026}) or a term ({@code 2020-2025}). */
    record Target(String organisation, String period, int admissions) {
    }

    // ---------------------------------------------------------------- the tree

    private void buildTree() {
        organisations.add(new Organisation(provinceCode(), "Đảng bộ tỉnh Lâm Đồng", "PROVINCIAL", null, true, 1_300_000));
        commune("LD.XH", "Đảng bộ phường Xuân Hương - Đà Lạt", 95_000, "TO_DAN_PHO",
                List.of("Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 3", "Tổ dân phố 4"), List.of("Tổ dân phố 5"), false);
        grassrootsCell("LD.XH.BTX", "Chi bộ Trường THPT Bùi Thị Xuân", "LD.XH");
        grassrootsCommittee("LD.XH.CTN", "Đảng bộ Công ty Cổ phần Cấp thoát nước Lâm Đồng", "LD.XH",
                List.of("Chi bộ Phòng Kỹ thuật", "Chi bộ Xí nghiệp Cấp nước Đà Lạt"));
        commune("LD.LDG", "Đảng bộ xã Lạc Dương", 28_000, "THON",
                List.of("Đạ Nghịt", "Bon Đưng", "Đan Kia", "Păng Tiêng"), List.of("Đạ Sar"), true);
        grassrootsCell("LD.LDG.TYT", "Chi bộ Trạm Y tế xã Lạc Dương", "LD.LDG");
        commune("LD.DV", "Đảng bộ xã Đinh Văn - Lâm Hà", 42_000, "THON",
                List.of("Đoàn Kết", "Hoàn Kiếm", "Bằng Sơn", "Yên Thành"), List.of("Liên Trung"), false);
        grassrootsCommittee("LD.DV.CHE", "Đảng bộ Công ty TNHH Chè Lâm Hà", "LD.DV",
                List.of("Chi bộ Nhà máy chè", "Chi bộ Đội sản xuất số 2"));
        commune("LD.DT", "Đảng bộ xã Đạ Tẻh", 35_000, "THON",
                List.of("Phước Lộc", "Hà Đông", "Tôn K'Long"), List.of(), false);
        grassrootsCell("LD.DT.TH", "Chi bộ Trường Tiểu học Đạ Tẻh", "LD.DT");
    }

    private void commune(String code, String name, int population, String areaKind, List<String> coveredAreas,
                         List<String> uncoveredAreas, boolean disadvantaged) {
        organisations.add(new Organisation(code, name, "COMMUNE", provinceCode(), true, population));
        communeOf.put(code, code);
        int number = 1;
        for (String area : coveredAreas) {
            String areaName = areaKind.equals("THON") ? "Thôn " + area : area;
            String cellCode = code + ".CB" + String.format("%02d", number++);
            String cellName = "Chi bộ " + (areaKind.equals("THON") ? "thôn " + area : area.toLowerCase().replace("tổ", "Tổ"));
            organisations.add(new Organisation(cellCode, cellName, "CELL", code, false, null));
            communeOf.put(cellCode, code);
            areas.add(new ResidentialArea(cellCode + ".KDC", code, areaKind, areaName,
                    disadvantaged || area.contains("'"), cellCode, 800 + random.nextInt(2700)));
        }
        for (String area : uncoveredAreas) {
            String areaName = areaKind.equals("THON") ? "Thôn " + area : area;
            areas.add(new ResidentialArea(code + ".KDC" + number++, code, areaKind, areaName, false, null, 600 + random.nextInt(900)));
        }
    }

    private void grassrootsCell(String code, String name, String commune) {
        organisations.add(new Organisation(code, name, "GRASSROOTS_CELL", commune, false, null));
        communeOf.put(code, commune);
    }

    private void grassrootsCommittee(String code, String name, String commune, List<String> cells) {
        organisations.add(new Organisation(code, name, "GRASSROOTS_COMMITTEE", commune, false, null));
        communeOf.put(code, commune);
        int number = 1;
        for (String cell : cells) {
            String cellCode = code + ".CB" + number++;
            organisations.add(new Organisation(cellCode, cell, "CELL", code, false, null));
            communeOf.put(cellCode, commune);
        }
    }

    // ---------------------------------------------------------------- the roll

    private static final List<Weighted<String>> MEMBER_RELIGIONS = List.of(new Weighted<>("NONE", 900),
            new Weighted<>("BUDDHISM", 40), new Weighted<>("CATHOLICISM", 40), new Weighted<>("PROTESTANTISM", 20));
    private static final List<Weighted<String>> CANDIDATE_RELIGIONS = List.of(new Weighted<>("NONE", 720),
            new Weighted<>("CATHOLICISM", 110), new Weighted<>("BUDDHISM", 100), new Weighted<>("PROTESTANTISM", 50),
            new Weighted<>("CAO_DAI", 20));
    private static final List<Weighted<String>> URBAN_ETHNIC = List.of(new Weighted<>("KINH", 880),
            new Weighted<>("HOA", 40), new Weighted<>("TAY", 30), new Weighted<>("NUNG", 20), new Weighted<>("CO_HO", 30));
    private static final List<Weighted<String>> HIGHLAND_ETHNIC = List.of(new Weighted<>("CO_HO", 550),
            new Weighted<>("KINH", 350), new Weighted<>("MA", 40), new Weighted<>("CHU_RU", 30), new Weighted<>("NUNG", 30));
    private static final List<Weighted<String>> RURAL_ETHNIC = List.of(new Weighted<>("KINH", 720),
            new Weighted<>("TAY", 80), new Weighted<>("NUNG", 70), new Weighted<>("CO_HO", 60), new Weighted<>("MA", 40),
            new Weighted<>("HOA", 30));
    private static final List<Weighted<String>> MEMBER_OCCUPATIONS = List.of(new Weighted<>("RETIRED", 250),
            new Weighted<>("CIVIL_SERVANT", 180), new Weighted<>("PUBLIC_EMPLOYEE", 150), new Weighted<>("FARMER", 200),
            new Weighted<>("SELF_EMPLOYED", 90), new Weighted<>("PRIVATE_ENTERPRISE_WORKER", 60),
            new Weighted<>("STATE_ENTERPRISE_WORKER", 40), new Weighted<>("ARMED_FORCES", 30));
    private static final List<Weighted<String>> PROFESSIONAL_LEVELS = List.of(new Weighted<>("UNIVERSITY", 380),
            new Weighted<>("COLLEGE", 110), new Weighted<>("INTERMEDIATE", 200), new Weighted<>("ELEMENTARY", 60),
            new Weighted<>("NONE", 210), new Weighted<>("MASTER", 40));

    private void buildRoll() {
        for (Organisation cell : organisations.stream().filter(Organisation::isCell).toList()) {
            boolean small = cell.code().equals("LD.LDG.TYT");
            int officials = small ? 2 : 9 + random.nextInt(8);
            int probationary = small ? 2 : random.nextInt(3);
            for (int i = 0; i < officials; i++) {
                LocalDate entry = LocalDate.of(1991, 1, 1).plusDays(random.nextInt(365 * 27));
                members.add(new Member(memberPerson(cell.code(), entry), cell.code(), true, entry, entry.plusMonths(12)));
            }
            for (int i = 0; i < probationary; i++) {
                LocalDate entry = today.minusDays(60 + random.nextInt(240));
                members.add(new Member(memberPerson(cell.code(), entry), cell.code(), false, entry, null));
            }
        }
    }

    private Person memberPerson(String cell, LocalDate entry) {
        LocalDate birth = entry.minusYears(20 + random.nextInt(16)).minusDays(random.nextInt(365));
        boolean female = random.nextInt(100) < 38;
        String ethnic = Weighted.pick(ethnicMixOf(cell), random);
        String occupation = birth.plusYears(62).isBefore(today) ? "RETIRED" : Weighted.pick(MEMBER_OCCUPATIONS, random);
        return person(birth, female, ethnic, Weighted.pick(MEMBER_RELIGIONS, random),
                random.nextInt(100) < 85 ? "UPPER_SECONDARY" : "LOWER_SECONDARY",
                Weighted.pick(PROFESSIONAL_LEVELS, random), occupation, false, random.nextBoolean());
    }

    private List<Weighted<String>> ethnicMixOf(String cell) {
        return switch (communeOf.get(cell)) {
            case "LD.XH" -> URBAN_ETHNIC;
            case "LD.LDG" -> HIGHLAND_ETHNIC;
            default -> RURAL_ETHNIC;
        };
    }

    private Person person(LocalDate birth, boolean female, String ethnic, String religion, String education,
                          String professional, String occupation, boolean youthUnion, boolean tradeUnion) {
        String name;
        do {
            name = names.fullName(ethnic, female);
        } while (!nameAndYear.add(name + "/" + birth.getYear()));
        return new Person(name, birth, female, ethnic, religion, citizenId(birth, female), education, professional,
                occupation, youthUnion, tradeUnion);
    }

    /** A CCCD number: province code, century-and-gender digit, the birth year's last two digits, six more. */
    private String citizenId(LocalDate birth, boolean female) {
        int century = birth.getYear() / 100 == 19 ? 0 : 2;
        String id;
        do {
            id = PROVINCE_CODE_OF_IDS + (century + (female ? 1 : 0)) + String.format("%02d", birth.getYear() % 100)
                    + String.format("%06d", 100_000 + ++serial * 7 + random.nextInt(7));
        } while (!citizenIds.add(id));
        return id;
    }

    // ---------------------------------------------------------------- candidates

    private void buildCohorts() {
        // the past congress term: people admitted and recognised, one cohort a year
        int termEnd = 2025 + 5 * Math.floorDiv(today.getYear() - 2026, 5);
        for (int year = termEnd - 4; year <= termEnd; year++) {
            LocalDate vote = LocalDate.of(year, 3, 12).plusDays(27L * (year - termEnd + 4) + random.nextInt(30));
            cohort("term " + year, vote, PipelineStep.RECOGNITION_DECISION, Ending.ON_PATH, 5);
        }
        cohort("recognised", today.minusDays(600), PipelineStep.RECOGNITION_DECISION, Ending.ON_PATH, 4);
        cohort("struck off", today.minusDays(610), PipelineStep.STRIKE_OFF, Ending.STRUCK_OFF, 1);
        cohort("recognition vote overdue", today.minusDays(475), PipelineStep.THEORY_CERTIFICATE, Ending.ON_PATH, 3);
        cohort("recognition vote due", today.minusDays(425), PipelineStep.THEORY_CERTIFICATE, Ending.ON_PATH, 2);
        cohort("in probation", today.minusDays(160), PipelineStep.THEORY_CERTIFICATE, Ending.ON_PATH, 4);
        cohort("ceremony overdue", today.minusDays(81), PipelineStep.DECISION, Ending.ON_PATH, 2);
        cohort("ceremony due", today.minusDays(46), PipelineStep.DECISION, Ending.ON_PATH, 2);
        cohort("decision overdue", today.minusDays(100), PipelineStep.CELL_VOTE, Ending.ON_PATH, 3);
        cohort("decision due", today.minusDays(75), PipelineStep.CELL_VOTE, Ending.ON_PATH, 2);
        cohort("rejected", today.minusDays(200), PipelineStep.REJECTION, Ending.REJECTED, 1);
        cohort("cell vote next", today.plusDays(7), PipelineStep.CELL_VOTE, Ending.ON_PATH, 3);
        cohort("in verification", today.plusDays(45), PipelineStep.CELL_VOTE, Ending.ON_PATH, 3);
        cohort("certified", today.plusDays(90), PipelineStep.CASE_OPENED, Ending.ON_PATH, 4);
        Cohort inClass = new Cohort("in class", today.plusDays(110), PipelineStep.CERTIFICATE, Ending.ON_PATH, 6,
                today.minusDays(10), today.plusDays(20));
        cohorts.add(inClass);
        cohort("listed", today.plusDays(150), PipelineStep.ENROLMENT, Ending.ON_PATH, 5);
        cohort("removed from the list", today.plusDays(150), PipelineStep.REMOVAL, Ending.REMOVED, 1);
        cohort("nominated", today.plusDays(190), PipelineStep.LISTING, Ending.ON_PATH, 5);
    }

    private void cohort(String name, LocalDate anchor, PipelineStep last, Ending ending, int size) {
        cohorts.add(new Cohort(name, anchor, last, ending, size, anchor.minusDays(120), anchor.minusDays(116)));
    }

    private static final List<Weighted<String>> SOURCES = List.of(new Weighted<>("YOUTH_UNION", 550),
            new Weighted<>("TRADE_UNION", 250), new Weighted<>("WOMENS_UNION", 80), new Weighted<>("FARMERS_UNION", 70),
            new Weighted<>("VETERANS_ASSOCIATION", 20), new Weighted<>("CELL", 30));

    private void buildCandidates() {
        List<Organisation> cells = organisations.stream().filter(Organisation::isCell)
                .filter(cell -> officialsOn(cell.code(), LocalDate.of(2019, 1, 1)) >= 8).toList();
        int number = 0;
        for (Cohort cohort : cohorts) {
            for (int i = 0; i < cohort.size(); i++) {
                Organisation cell = cells.get(number % cells.size());
                number++;
                String source = Weighted.pick(SOURCES, random);
                // one trainee of each larger cohort fails the awareness check first, writes an essay and passes a retake
                candidates.add(candidate(number, cohort, cell, source, i == 0 && cohort.size() >= 4));
            }
        }
    }

    private Candidate candidate(int number, Cohort cohort, Organisation cell, String source, boolean failsFirstCheck) {
        boolean youth = source.equals("YOUTH_UNION");
        boolean trade = source.equals("TRADE_UNION");
        int age = youth ? 20 + random.nextInt(9) : 26 + random.nextInt(18);
        LocalDate birth = cohort.anchor().minusYears(age).minusDays(random.nextInt(365));
        boolean female = random.nextInt(100) < (source.equals("WOMENS_UNION") ? 100 : 48);
        String occupation = switch (source) {
            case "YOUTH_UNION" -> pick(List.of("PUBLIC_EMPLOYEE", "PRIVATE_ENTERPRISE_WORKER", "FARMER", "ARMED_FORCES", "STUDENT"));
            case "TRADE_UNION" -> pick(List.of("PRIVATE_ENTERPRISE_WORKER", "STATE_ENTERPRISE_WORKER", "PUBLIC_EMPLOYEE", "CIVIL_SERVANT"));
            case "FARMERS_UNION" -> "FARMER";
            default -> pick(List.of("SELF_EMPLOYED", "FARMER", "PUBLIC_EMPLOYEE"));
        };
        Person person = person(birth, female, Weighted.pick(ethnicMixOf(cell.code()), random),
                Weighted.pick(CANDIDATE_RELIGIONS, random), random.nextInt(100) < 90 ? "UPPER_SECONDARY" : "LOWER_SECONDARY",
                Weighted.pick(PROFESSIONAL_LEVELS, random), occupation, youth, trade);
        List<Member> officials = new ArrayList<>(members.stream()
                .filter(member -> member.cell().equals(cell.code()) && member.official()).toList());
        officials.sort(Comparator.comparing(member -> member.person().citizenId()));
        java.util.Collections.rotate(officials, number);
        boolean underCommittee = organisations.stream()
                .anyMatch(org -> org.code().equals(cell.parent()) && org.kind().equals("GRASSROOTS_COMMITTEE"));
        return new Candidate(number, person, source, sourceOrganisation(source, cell), cell.code(), residenceOf(cell),
                cohort, underCommittee, underCommittee || cell.kind().equals("GRASSROOTS_CELL"), failsFirstCheck,
                List.copyOf(officials.subList(0, 4)));
    }

    private String sourceOrganisation(String source, Organisation cell) {
        String place = organisations.stream().filter(org -> org.code().equals(communeOf.get(cell.code())))
                .findFirst().orElseThrow().name().replace("Đảng bộ ", "");
        return switch (source) {
            case "YOUTH_UNION" -> "Đoàn TNCS Hồ Chí Minh " + place;
            case "TRADE_UNION" -> "Công đoàn cơ sở " + cell.name().replace("Chi bộ ", "");
            case "WOMENS_UNION" -> "Hội Liên hiệp Phụ nữ " + place;
            case "FARMERS_UNION" -> "Hội Nông dân " + place;
            case "VETERANS_ASSOCIATION" -> "Hội Cựu chiến binh " + place;
            default -> cell.name();
        };
    }

    /** Where a candidate lives: the area the cell covers, else an area of its commune (the one without a cell first). */
    private String residenceOf(Organisation cell) {
        return areas.stream().filter(area -> cell.code().equals(area.cell())).findFirst()
                .or(() -> areas.stream().filter(area -> area.commune().equals(communeOf.get(cell.code())) && area.cell() == null).findFirst())
                .or(() -> {
                    List<ResidentialArea> ofCommune = areas.stream().filter(area -> area.commune().equals(communeOf.get(cell.code()))).toList();
                    return ofCommune.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(ofCommune.get(random.nextInt(ofCommune.size())));
                })
                .map(ResidentialArea::key).orElse(null);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
