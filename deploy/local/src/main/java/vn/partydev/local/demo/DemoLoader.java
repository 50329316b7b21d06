package vn.partydev.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import vn.partydev.local.demo.ProvincePlan.Candidate;
import vn.partydev.local.demo.ProvincePlan.Cohort;
import vn.partydev.local.demo.ProvincePlan.Member;
import vn.partydev.local.demo.ProvincePlan.Organisation;
import vn.partydev.local.demo.ProvincePlan.ResidentialArea;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import static vn.partydev.local.demo.DemoApi.body;
import static vn.partydev.local.demo.DemoApi.id;
import static vn.partydev.local.demo.PipelineStep.*;

/**
 * Sends a {@link ProvincePlan} through the services' public APIs, service by service in the order the facts need
 * each other: the tree and the roll (admission), nominations and lists (candidate), awareness classes (training),
 * admission cases up to the ceremony (admission), new-member theory classes (training), recognition (admission), and
 * the targets (reporting). Candidates are sent four at a time.
 */
final class DemoLoader {

    private static final UUID NATIONAL_ROOT = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final int SESSIONS = 5;
    private static final int THEORY_SESSIONS = 4;
    private static final String COUNCIL = "Hội đồng kiểm tra nhận thức Trường Chính trị tỉnh Lâm Đồng";

    private final DemoApi api;
    private final ProvincePlan plan;
    private final LocalDate today;
    private final PrintStream out;
    private final Map<String, UUID> organisations = new ConcurrentHashMap<>();
    private final Map<String, UUID> areas = new ConcurrentHashMap<>();
    private final Map<String, UUID> members = new ConcurrentHashMap<>();
    private final Map<Integer, UUID> candidates = new ConcurrentHashMap<>();
    private final Map<Integer, UUID> cases = new ConcurrentHashMap<>();

    DemoLoader(DemoApi api, ProvincePlan plan, PrintStream out) {
        this.api = api;
        this.plan = plan;
        this.today = plan.today();
        this.out = out;
    }

    void load() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            phase("organisations and residential areas", () -> {
                plan.organisations().forEach(this::register);
                plan.areas().forEach(this::register);
                return plan.organisations().size() + " organisations, " + plan.areas().size() + " residential areas";
            });
            phase("member roll (CSV import)", () -> importMembers() + " members");
            phase("nominations and cell lists", () -> each(pool, plan.candidates(), this::nominate) + " candidates");
            phase("awareness classes", () -> each(pool, awarenessCohorts(), this::awarenessClass) + " classes");
            phase("admission cases", () -> each(pool, taking(CASE_OPENED), this::admissionCase) + " cases");
            phase("new-member theory classes", () -> each(pool, theoryCohorts(), this::theoryClass) + " classes");
            phase("recognition and strike-off", () -> each(pool, taking(PROBATION_HELPER), this::probation) + " probations");
            phase("targets", () -> {
                plan.targets().forEach(target -> api.put("/api/v1/targets/" + organisations.get(target.organisation()) + "/"
                        + target.period(), body("admissions", target.admissions())));
                return plan.targets().size() + " targets";
            });
        } finally {
            pool.shutdownNow();
        }
    }

    UUID provinceId() {
        return organisations.get(ProvincePlan.provinceCode());
    }

    private interface Phase {
        String run() throws Exception;
    }

    private void phase(String name, Phase phase) {
        Instant start = Instant.now();
        try {
            String done = phase.run();
            out.printf("  demo: %-38s %s (%.1f s)%n", name, done, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private static <T> int each(ExecutorService pool, List<T> items, Consumer<T> action) throws InterruptedException {
        List<Future<?>> running = new ArrayList<>();
        for (T item : items) {
            running.add(pool.submit(() -> action.accept(item)));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                running.forEach(other -> other.cancel(true));
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            }
        }
        return items.size();
    }

    private List<Candidate> taking(PipelineStep step) {
        return plan.candidates().stream().filter(candidate -> candidate.takes(step, today)).toList();
    }

    // ---------------------------------------------------------------- admission-service: the tree and the roll

    private void register(Organisation organisation) {
        UUID parent = organisation.parent() == null ? NATIONAL_ROOT : organisations.get(organisation.parent());
        JsonNode created = api.create("/api/v1/organisations", body("parentId", parent, "code", organisation.code(),
                "name", organisation.name(), "kind", organisation.kind(), "mayDecideAdmission", organisation.decidesAdmission(),
                "population", organisation.population(),
                "validFrom", organisation.parent() == null ? ProvincePlan.PROVINCE_FOUNDED : ProvincePlan.ORGANISATIONS_FOUNDED),
                "demo-organisation-" + organisation.code());
        organisations.put(organisation.code(), id(created));
    }

    private void register(ResidentialArea area) {
        JsonNode created = api.create("/api/v1/residential-areas", body("communeId", organisations.get(area.commune()),
                "kind", area.kind(), "name", area.name(), "disadvantaged", area.disadvantaged(),
                "coveringCellId", area.cell() == null ? null : organisations.get(area.cell()), "population", area.population()),
                "demo-area-" + area.key());
        areas.put(area.key(), id(created));
    }

    private int importMembers() throws InterruptedException {
        StringBuilder csv = new StringBuilder("so_cccd,ho_ten,ngay_sinh,gioi_tinh,dan_toc,ton_giao,trinh_do_pho_thong,"
                + "trinh_do_chuyen_mon,nghe_nghiep,ma_chi_bo,trang_thai,ngay_vao_dang,ngay_chinh_thuc,doan_vien,cong_doan_vien\n");
        for (Member member : plan.members()) {
            ProvincePlan.Person person = member.person();
            csv.append(String.join(",", person.citizenId(), person.fullName(), person.birthDate().toString(),
                    person.female() ? "Nữ" : "Nam", person.ethnicGroup(), person.religion(), person.generalEducation(),
                    person.professionalLevel(), person.occupation(), member.cell(), member.official() ? "Chính thức" : "Dự bị",
                    member.entryOn().toString(), member.official() ? member.officialOn().toString() : "",
                    person.youthUnion() ? "có" : "không", person.tradeUnion() ? "có" : "không")).append('\n');
        }
        UUID importId = id(api.postCsv("/api/v1/imports?kind=members", csv.toString()));
        Instant deadline = Instant.now().plus(DemoApi.PATIENCE);
        JsonNode state = api.get("/api/v1/imports/" + importId);
        while (!state.path("state").asText().equals("COMPLETED")) {
            if (state.path("state").asText().equals("FAILED") || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the member import " + importId + " ended " + state.path("state").asText()
                        + ": " + state.path("errors"));
            }
            Thread.sleep(200);
            state = api.get("/api/v1/imports/" + importId);
        }
        Map<String, String> citizenIdByNameAndYear = new ConcurrentHashMap<>();
        plan.members().forEach(member -> citizenIdByNameAndYear.put(member.person().fullName() + "/"
                + member.person().birthDate().getYear(), member.person().citizenId()));
        for (Organisation cell : plan.organisations().stream().filter(Organisation::isCell).toList()) {
            for (JsonNode member : api.get("/api/v1/members?limit=500&cellId=" + organisations.get(cell.code())).path("items")) {
                String citizenId = citizenIdByNameAndYear.get(member.path("fullName").asText() + "/" + member.path("birthYear").asInt());
                if (citizenId != null) {
                    members.put(citizenId, id(member));
                }
            }
        }
        if (members.size() != plan.members().size()) {
            throw new IllegalStateException("the roll holds " + members.size() + " of the " + plan.members().size() + " members imported");
        }
        return members.size();
    }

    private UUID memberId(Member member) {
        return members.get(member.person().citizenId());
    }

    // ---------------------------------------------------------------- candidate-service: nominations, lists, helpers

    private void nominate(Candidate candidate) {
        ProvincePlan.Person person = candidate.person();
        JsonNode created = api.create("/api/v1/candidates", body(
                "person", body("fullName", person.fullName(), "birthDate", person.birthDate(),
                        "gender", person.female() ? "FEMALE" : "MALE", "ethnicGroup", person.ethnicGroup(),
                        "religion", person.religion(), "citizenId", person.citizenId(),
                        "generalEducation", person.generalEducation(), "professionalLevel", person.professionalLevel(),
                        "politicalTheoryLevel", "NONE", "occupation", person.occupation(),
                        "residentialAreaId", candidate.residentialArea() == null ? null : areas.get(candidate.residentialArea()),
                        "youthUnionMember", person.youthUnion(), "tradeUnionMember", person.tradeUnion()),
                "nomination", body("source", candidate.source(), "organisationName", candidate.sourceOrganisation(),
                        "nominatedOn", candidate.on(NOMINATION), "cellId", organisations.get(candidate.cell()))),
                candidate.key() + "-nomination");
        UUID id = id(created);
        candidates.put(candidate.number(), id);
        String path = "/api/v1/candidates/" + id;
        if (candidate.takes(LISTING, today)) {
            api.record(path + "/listing", body("resolutionDate", candidate.on(LISTING)));
        }
        if (candidate.takes(HELPER, today)) {
            api.create(path + "/helpers", body("memberId", memberId(candidate.helper()), "assignedOn", candidate.on(HELPER)),
                    candidate.key() + "-helper");
        }
        if (candidate.takes(TRIAL_TASK, today)) {
            JsonNode task = api.create(path + "/trial-tasks", body("description",
                    "Tham gia tổ chức ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư và vận động thanh niên hiến máu tình nguyện",
                    "assignedOn", candidate.on(TRIAL_TASK), "dueOn", candidate.cohort().anchor().minusDays(90)), candidate.key() + "-task");
            if (candidate.takes(TRIAL_TASK_EVALUATION, today)) {
                api.record(path + "/trial-tasks/" + id(task) + "/evaluation", body("result",
                        candidate.number() % 3 == 0 ? "EXCELLENT" : "GOOD", "comment", "Hoàn thành tốt, nhiệt tình, được quần chúng tín nhiệm",
                        "evaluatedOn", candidate.on(TRIAL_TASK_EVALUATION)));
            }
        }
        if (candidate.takes(REMOVAL, today)) {
            api.record(path + "/removal", body("removedOn", candidate.on(REMOVAL), "reason", "MOVED_AWAY",
                    "note", "Chuyển nơi cư trú ra ngoài tỉnh"));
        }
    }

    // ---------------------------------------------------------------- training-service: classes

    private List<Cohort> awarenessCohorts() {
        return plan.cohorts().stream().filter(cohort -> plan.candidates().stream()
                .anyMatch(candidate -> candidate.cohort() == cohort && candidate.takes(ENROLMENT, today))).toList();
    }

    private List<Cohort> theoryCohorts() {
        return plan.cohorts().stream().filter(cohort -> plan.candidates().stream()
                .anyMatch(candidate -> candidate.cohort() == cohort && candidate.takes(THEORY_ENROLMENT, today))).toList();
    }

    private List<Candidate> of(Cohort cohort, PipelineStep step) {
        return plan.candidates().stream().filter(candidate -> candidate.cohort() == cohort && candidate.takes(step, today)).toList();
    }

    private void awarenessClass(Cohort cohort) {
        LocalDate start = cohort.classStart();
        List<Candidate> trainees = of(cohort, ENROLMENT);
        String path = scheduleAndEnrol("AWARENESS", "Lớp bồi dưỡng nhận thức về Đảng khóa ", start, cohort.classEnd(), SESSIONS,
                "demo-class-" + cohort.key(), trainees, ENROLMENT);
        long sessionsHeld = cohort.classEnd().isAfter(today) ? Math.min(SESSIONS - 1, ChronoUnit.DAYS.between(start, today) / 7 + 1)
                : SESSIONS;
        for (int session = 1; session <= sessionsHeld; session++) {
            int absentSession = session;
            // one trainee in three misses session 3: 4 of 5 sessions is still the 80 % R-TRAIN-2 asks
            List<String> present = trainees.stream().filter(trainee -> absentSession != 3 || trainee.number() % 3 != 0)
                    .map(trainee -> candidates.get(trainee.number()).toString()).toList();
            if (!start.plusDays(session - 1L).isAfter(today)) {
                api.put(path + "/sessions/" + session + "/attendance", body("present", present));
            }
        }
        for (Candidate trainee : of(cohort, AWARENESS_CHECK)) {
            String enrolment = path + "/enrolments/" + candidates.get(trainee.number());
            LocalDate checkedOn = trainee.on(AWARENESS_CHECK);
            if (trainee.failsFirstCheck()) {
                api.create(enrolment + "/check-attempts", body("checkedOn", checkedOn.minusDays(2), "council", COUNCIL,
                        "passed", false, "score", 4.5), trainee.key() + "-check-1");
                api.record(enrolment + "/essays", body("submittedOn", checkedOn.minusDays(2)));
                api.record(enrolment + "/essay-reviews", body("reviewedOn", checkedOn.minusDays(1), "accepted", true,
                        "note", "Đạt yêu cầu"));
            }
            api.create(enrolment + "/check-attempts", body("checkedOn", checkedOn, "council", COUNCIL, "passed", true,
                    "score", 6 + trainee.number() % 4), trainee.key() + "-check-2");
        }
        if (!of(cohort, CERTIFICATE).isEmpty()) {
            api.create(path + "/completion", body("completedOn", cohort.classEnd()), "demo-completion-" + cohort.key());
        }
    }

    /** Schedules a class organised by the province (the awareness check where it is an awareness class) and enrols. */
    private String scheduleAndEnrol(String kind, String title, LocalDate start, LocalDate end, int sessions, String key,
                                    List<Candidate> trainees, PipelineStep enrolment) {
        UUID classId = id(api.create("/api/v1/classes", body("kind", kind, "organiserId", provinceId(),
                "title", title + start.getMonthValue() + "/" + start.getYear(), "startsOn", start, "endsOn", end,
                "capacity", 60, "plannedSessions", sessions, "checkRequired", kind.equals("AWARENESS")), key));
        String path = "/api/v1/classes/" + classId;
        for (Candidate trainee : trainees) {
            api.create(path + "/enrolments", body("personId", candidates.get(trainee.number()), "enrolledOn", trainee.on(enrolment)),
                    trainee.key() + "-" + enrolment.name().toLowerCase());
        }
        return path;
    }

    private void theoryClass(Cohort cohort) {
        List<Candidate> trainees = of(cohort, THEORY_ENROLMENT);
        String path = scheduleAndEnrol("NEW_MEMBER_THEORY", "Lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa ",
                cohort.theoryClassStart(), cohort.theoryClassEnd(), THEORY_SESSIONS, "demo-theory-class-" + cohort.key(),
                trainees, THEORY_ENROLMENT);
        if (!cohort.theoryClassEnd().isAfter(today)) {
            List<String> present = trainees.stream().map(trainee -> candidates.get(trainee.number()).toString()).toList();
            for (int session = 1; session <= THEORY_SESSIONS; session++) {
                api.put(path + "/sessions/" + session + "/attendance", body("present", present));
            }
        }
        if (!of(cohort, THEORY_CERTIFICATE).isEmpty()) {
            api.create(path + "/completion", body("completedOn", cohort.theoryClassEnd()), "demo-theory-completion-" + cohort.key());
        }
    }

    // ---------------------------------------------------------------- admission-service: cases, probation

    private void admissionCase(Candidate candidate) {
        String key = candidate.key();
        UUID caseId = id(api.create("/api/v1/admission-cases", body("candidateId", candidates.get(candidate.number()),
                "openedOn", candidate.on(CASE_OPENED), "birthDate", candidate.person().birthDate()), key + "-case"));
        cases.put(candidate.number(), caseId);
        String path = "/api/v1/admission-cases/" + caseId;
        if (candidate.takes(APPLICATION, today)) {
            api.record(path + "/application", body("receivedOn", candidate.on(APPLICATION)));
        }
        if (candidate.takes(BACKGROUND, today)) {
            api.record(path + "/background", body("declaredOn", candidate.on(BACKGROUND)));
        }
        if (candidate.takes(VERIFICATION_TASKS, today)) {
            LocalDate due = candidate.cohort().anchor().minusDays(27);
            for (String subject : List.of("APPLICANT", "FATHER", "MOTHER")) {
                UUID task = id(api.create(path + "/verification-tasks", body("subject", subject,
                        "createdOn", candidate.on(VERIFICATION_TASKS), "dueOn", due), key + "-verification-" + subject));
                if (candidate.takes(VERIFICATION_DONE, today)) {
                    api.record(path + "/verification-tasks/" + task + "/completion", body("completedOn", candidate.on(VERIFICATION_DONE)));
                }
            }
        }
        if (candidate.takes(INTRODUCTIONS, today)) {
            introductions(candidate, path);
        }
        if (candidate.takes(OPINION, today)) {
            api.create(path + "/opinions", body("giver", "RESIDENCE_CELL", "givenOn", candidate.on(OPINION), "favourable", true,
                    "summary", "Gương mẫu, đoàn kết, được nhân dân nơi cư trú tín nhiệm"), key + "-opinion-residence");
            String massOrganisation = switch (candidate.source()) {
                case "YOUTH_UNION" -> "YOUTH_UNION";
                case "TRADE_UNION" -> "TRADE_UNION";
                case "WOMENS_UNION" -> "WOMENS_UNION";
                case "FARMERS_UNION" -> "FARMERS_UNION";
                default -> "FATHERLAND_FRONT";
            };
            api.create(path + "/opinions", body("giver", massOrganisation, "givenOn", candidate.on(OPINION), "favourable", true),
                    key + "-opinion-mass");
        }
        if (candidate.takes(CELL_VOTE, today)) {
            LocalDate votedOn = candidate.on(CELL_VOTE);
            int officials = plan.officialsOn(candidate.cell(), votedOn);
            boolean rejected = candidate.cohort().ending() == ProvincePlan.Ending.REJECTED;
            // every imported official votes: a lower bound of the electorate, which admitted members only add to
            api.create(path + "/cell-votes", body("votedOn", votedOn, "yes", rejected ? 1 : officials,
                    "no", rejected ? officials - 1 : 0, "temporarilyAway", List.of(), "exemptedAbsent", List.of(),
                    "resolution", rejected ? "REJECTED" : "ADOPTED"), key + "-cell-vote");
        }
        if (candidate.takes(REJECTION, today)) {
            api.record(path + "/rejection", body("on", candidate.on(REJECTION),
                    "reason", "Chi bộ không đủ hai phần ba số đảng viên chính thức tán thành"));
        }
        if (candidate.takes(COMMITTEE_VOTE, today)) {
            api.create(path + "/committee-votes", body("votedOn", candidate.on(COMMITTEE_VOTE), "members", 7, "yes", 6, "no", 1,
                    "resolution", "ADOPTED"), key + "-committee-vote");
        }
        if (candidate.takes(DECISION, today)) {
            LocalDate decided = candidate.on(DECISION);
            api.record(path + "/decision", body("decidedOn", decided, "receivedOn", decided.plusDays(1)));
        }
        if (candidate.takes(CEREMONY, today)) {
            api.record(path + "/ceremony", body("heldOn", candidate.on(CEREMONY)));
        }
        if (candidate.takes(PROBATION_HELPER, today)) {
            api.record(path + "/probation/helper", body("memberId", memberId(candidate.officialsToAsk().get(3)),
                    "assignedOn", candidate.on(PROBATION_HELPER)));
        }
    }

    /**
     * R-INTRO-1: the Youth Union's committee and one official member for a Youth Union nominee, the Trade Union's for
     * a Trade Union nominee, two official members otherwise; R-INTRO-2: members of the same cell, known for years.
     */
    private void introductions(Candidate candidate, String path) {
        LocalDate on = candidate.on(INTRODUCTIONS);
        LocalDate knownSince = on.minusYears(4);
        List<Map<String, Object>> introducers = new ArrayList<>();
        switch (candidate.source()) {
            case "YOUTH_UNION" -> introducers.add(body("kind", "YOUTH_UNION_COMMITTEE", "introducedOn", on));
            case "TRADE_UNION" -> introducers.add(body("kind", "TRADE_UNION_COMMITTEE", "introducedOn", on));
            default -> introducers.add(body("kind", "OFFICIAL_MEMBER", "memberId", memberId(candidate.officialsToAsk().get(2)),
                    "knownSince", knownSince, "introducedOn", on));
        }
        introducers.add(body("kind", "OFFICIAL_MEMBER", "memberId", memberId(candidate.officialsToAsk().get(1)),
                "knownSince", knownSince, "introducedOn", on));
        for (int i = 0; i < introducers.size(); i++) {
            api.create(path + "/introductions", introducers.get(i), candidate.key() + "-introduction-" + (i + 1));
        }
    }

    private void probation(Candidate candidate) {
        String path = "/api/v1/admission-cases/" + cases.get(candidate.number()) + "/probation";
        if (candidate.takes(RECOGNITION_VOTE, today)) {
            LocalDate votedOn = candidate.on(RECOGNITION_VOTE);
            api.create(path + "/votes", body("votedOn", votedOn, "yes", plan.officialsOn(candidate.cell(), votedOn), "no", 0,
                    "temporarilyAway", List.of(), "exemptedAbsent", List.of()), candidate.key() + "-recognition-vote");
        }
        if (candidate.takes(RECOGNITION_DECISION, today)) {
            api.record(path + "/decision", body("decidedOn", candidate.on(RECOGNITION_DECISION), "outcome", "RECOGNISED"));
        }
        if (candidate.takes(STRIKE_OFF, today)) {
            api.record(path + "/decision", body("decidedOn", candidate.on(STRIKE_OFF), "outcome", "STRUCK_OFF",
                    "reason", "Không đủ tư cách đảng viên trong thời gian dự bị"));
        }
    }
}
