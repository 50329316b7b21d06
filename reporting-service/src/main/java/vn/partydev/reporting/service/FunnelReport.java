package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.partydev.platform.calendar.WorkingDayCalendar;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.reporting.domain.Breakdown;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Median;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline (phễu phát triển đảng viên): how many people reached each stage in the period, conversion from
 * stage to stage and per source organisation (admitted ÷ nominated in the period), and the median working days
 * spent between consecutive stages by those who reached the later stage in the period.
 */
@ApplicationScoped
class FunnelReport implements ReportBuilder {

    /** The stages in order, with the person column holding the day each was first reached. */
    enum Stage {
        NOMINATED("nominated_on", "Được giới thiệu", "Nominated"),
        LISTED("listed_on", "Vào danh sách cảm tình Đảng", "Listed"),
        TRAINED("enrolled_on", "Học lớp nhận thức về Đảng", "Trained"),
        CERTIFIED("certified_on", "Được cấp giấy chứng nhận", "Certified"),
        CASE_OPENED("case_opened_on", "Lập hồ sơ kết nạp", "Case opened"),
        ADMITTED("admitted_on", "Được kết nạp", "Admitted"),
        RECOGNISED("recognised_on", "Được công nhận chính thức", "Recognised official");

        final String column;
        final String vietnamese;
        final String english;

        Stage(String column, String vietnamese, String english) {
            this.column = column;
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    @Inject
    WorkingDayCalendar calendar;

    @Override
    public String name() {
        return "funnel";
    }

    @Override
    public Content build(Query query) {
        var connection = query.connection();
        String subtree = query.org().subtree();
        LocalDate from = query.period().from();
        LocalDate to = query.period().to();
        StringBuilder counts = new StringBuilder("SELECT coalesce(source, '" + Breakdown.UNKNOWN + "')");
        List<Object> parameters = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            counts.append(", count(*) FILTER (WHERE ").append(stage.column).append(" BETWEEN ? AND ?)");
            parameters.add(from);
            parameters.add(to);
        }
        counts.append(" FROM person WHERE org_path LIKE ? GROUP BY 1");
        parameters.add(subtree);
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (NominationSource source : NominationSource.values()) {
            bySource.put(source.name(), new long[Stage.values().length]);
        }
        SqlStatements.list(connection, counts.toString(), row -> {
            long[] values = bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length]);
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getLong(i + 2);
            }
            return null;
        }, parameters.toArray());
        long[] totals = new long[Stage.values().length];
        bySource.values().forEach(values -> {
            for (int i = 0; i < values.length; i++) {
                totals[i] += values[i];
            }
        });

        var stages = ReportTable.named("stages", "Các bước", "Stages",
                new Column("stage", "Bước (mã)", "Stage (code)"),
                new Column("stageVi", "Bước", "Stage (Vietnamese)"),
                new Column("stageEn", "Bước (tiếng Anh)", "Stage"),
                new Column("count", "Số người", "People"),
                new Column("conversionPercent", "Tỷ lệ so với bước trước %", "Conversion from previous stage %"),
                new Column("medianWorkingDays", "Trung vị số ngày làm việc từ bước trước", "Median working days from previous stage"));
        Stage previous = null;
        for (Stage stage : Stage.values()) {
            stages.row(stage.name(), stage.vietnamese, stage.english, totals[stage.ordinal()],
                    previous == null ? null : Percentage.of(totals[stage.ordinal()], totals[previous.ordinal()]),
                    previous == null ? null : Median.of(durations(query, previous, stage)));
            previous = stage;
        }

        List<Column> sourceColumns = new ArrayList<>(List.of(
                new Column("source", "Nguồn (mã)", "Source (code)"),
                new Column("sourceName", "Nguồn giới thiệu", "Source organisation")));
        for (Stage stage : Stage.values()) {
            sourceColumns.add(new Column(key(stage), stage.vietnamese, stage.english));
        }
        sourceColumns.add(new Column("conversionPercent", "Tỷ lệ kết nạp / giới thiệu %", "Admitted per nominated %"));
        var sources = ReportTable.named("by-source", "Theo nguồn giới thiệu", "By source organisation", sourceColumns.toArray(Column[]::new));
        for (var entry : bySource.entrySet()) {
            long[] values = entry.getValue();
            List<Object> row = new ArrayList<>();
            row.add(entry.getKey());
            row.add(Breakdown.SOURCE.label(entry.getKey())[0]);
            for (long value : values) {
                row.add(value);
            }
            row.add(Percentage.of(values[Stage.ADMITTED.ordinal()], values[Stage.NOMINATED.ordinal()]));
            sources.row(row.toArray());
        }
        return Content.of(stages.build(), sources.build());
    }

    private List<Integer> durations(Query query, Stage earlier, Stage later) {
        List<LocalDate[]> pairs = SqlStatements.list(query.connection(), "SELECT " + earlier.column + ", " + later.column
                        + " FROM person WHERE org_path LIKE ? AND " + later.column + " BETWEEN ? AND ? AND " + earlier.column + " IS NOT NULL",
                row -> new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)},
                query.org().subtree(), query.period().from(), query.period().to());
        if (pairs.isEmpty()) {
            return List.of();
        }
        LocalDate first = pairs.stream().map(pair -> pair[0].isBefore(pair[1]) ? pair[0] : pair[1]).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = pairs.stream().map(pair -> pair[0].isAfter(pair[1]) ? pair[0] : pair[1]).max(LocalDate::compareTo).orElseThrow();
        // working days counted once per day of the span, then each duration is a difference of two ordinals
        int[] ordinal = new int[(int) java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1];
        for (int day = 1; day < ordinal.length; day++) {
            ordinal[day] = ordinal[day - 1] + (calendar.isWorkingDay(first.plusDays(day)) ? 1 : 0);
        }
        return pairs.stream().map(pair -> ordinal[(int) java.time.temporal.ChronoUnit.DAYS.between(first, pair[1])]
                - ordinal[(int) java.time.temporal.ChronoUnit.DAYS.between(first, pair[0])]).toList();
    }

    private static String key(Stage stage) {
        String[] words = stage.name().toLowerCase().split("_");
        StringBuilder key = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }
}
