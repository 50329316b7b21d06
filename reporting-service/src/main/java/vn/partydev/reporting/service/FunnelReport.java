package vn.partydev.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.partydev.platform.codes.NominationSource;
import vn.partydev.reporting.domain.Breakdown;
import vn.partydev.reporting.domain.Column;
import vn.partydev.reporting.domain.Median;
import vn.partydev.reporting.domain.Percentage;
import vn.partydev.reporting.domain.ReportTable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The pipeline (phễu phát triển đảng viên): how many people reached each stage in the period, conversion from
 * stage to stage and per source organisation (admitted ÷ nominated in the period), and the median working days
 * spent between consecutive stages by those who reached the later stage in the period (working days as the platform
 * calendar has them, Tết and the other holidays off). Whole months of the period are the organisation's rollup rows
 * ({@code funnel_subtree} for the counts, {@code duration_subtree} for the histograms of durations whose cumulative counts
 * give the medians); partial months at either end are read from the subtree's person rows.
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

        /**
         * For a person row {@code p}: a row {@code s(stage, earlier, later)} per stage after the first, with the days the
         * previous stage and the stage were reached.
         */
        static final String STEPS = "CROSS JOIN LATERAL (VALUES " + IntStream.range(1, values().length)
                .mapToObj(i -> "('" + values()[i].name() + "', p." + values()[i - 1].column + ", p." + values()[i].column + ")")
                .collect(Collectors.joining(", ")) + ") AS s(stage, earlier, later)";

        /** {@link #STEPS} whose both days are known, with their working-day ordinals {@code e} and {@code l}. */
        static final String DURATIONS = STEPS + " JOIN working_day e ON e.day = s.earlier JOIN working_day l ON l.day = s.later";

        final String column;
        final String vietnamese;
        final String english;

        Stage(String column, String vietnamese, String english) {
            this.column = column;
            this.vietnamese = vietnamese;
            this.english = english;
        }
    }

    @Override
    public String name() {
        return "funnel";
    }

    @Override
    public Content build(Query query) {
        var connection = query.connection();
        Parts parts = Parts.of(query.period().from(), query.period().to());
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (NominationSource source : NominationSource.values()) {
            bySource.put(source.name(), new long[Stage.values().length]);
        }
        // every source the organisation's people came from has a row, whether or not they reached a stage in the period: the
        // sources of its PERSON rows (one per source)
        SqlStatements.list(connection, "SELECT source FROM funnel_subtree WHERE org_id = ? AND stage = 'PERSON'",
                row -> bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length]), query.org().id());
        Map<Stage, List<long[]>> durations = new EnumMap<>(Stage.class);
        if (parts.hasWholeMonths()) {
            SqlStatements.list(connection, "SELECT source, stage, sum(people) FROM funnel_subtree WHERE org_id = ? AND month >= ? AND month <= ? "
                    + "AND stage <> 'PERSON' GROUP BY source, stage", row -> {
                bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length])[Stage.valueOf(row.getString(2)).ordinal()]
                        += row.getLong(3);
                return null;
            }, query.org().id(), parts.firstMonth(), parts.lastMonth());
            SqlStatements.list(connection, "SELECT stage, days, sum(people) FROM duration_subtree WHERE org_id = ? AND month >= ? AND month <= ? "
                    + "GROUP BY stage, days", row -> addBucket(durations, row), query.org().id(), parts.firstMonth(), parts.lastMonth());
        }
        for (Days days : parts.partial()) {
            countPersons(connection, query.org().subtree(), days.first(), days.last(), bySource);
            SqlStatements.list(connection, "SELECT s.stage, l.ordinal - e.ordinal, count(*) FROM person p " + Stage.DURATIONS
                    + " WHERE p.org_path LIKE ? AND s.later BETWEEN ? AND ? GROUP BY 1, 2",
                    row -> addBucket(durations, row), query.org().subtree(), days.first(), days.last());
        }
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
                    previous == null ? null : Median.ofHistogram(durations.getOrDefault(stage, List.of())));
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

    /** Adds the people reaching each stage from {@code first} to {@code last}, per source, from the subtree's person rows. */
    private static void countPersons(Connection connection, String subtree, LocalDate first, LocalDate last, Map<String, long[]> bySource) {
        StringBuilder counts = new StringBuilder("SELECT coalesce(source, '" + Breakdown.UNKNOWN + "')");
        List<Object> parameters = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            counts.append(", count(*) FILTER (WHERE ").append(stage.column).append(" BETWEEN ? AND ?)");
            parameters.add(first);
            parameters.add(last);
        }
        counts.append(" FROM person WHERE org_path LIKE ? GROUP BY 1");
        parameters.add(subtree);
        SqlStatements.list(connection, counts.toString(), row -> {
            long[] values = bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length]);
            for (int i = 0; i < values.length; i++) {
                values[i] += row.getLong(i + 2);
            }
            return null;
        }, parameters.toArray());
    }

    /** Adds a row of (stage, working days, people) to the stage's histogram. */
    private static Void addBucket(Map<Stage, List<long[]>> durations, ResultSet row) throws SQLException {
        durations.computeIfAbsent(Stage.valueOf(row.getString(1)), stage -> new ArrayList<>()).add(new long[] {row.getLong(2), row.getLong(3)});
        return null;
    }

    /** Days from {@code first} to {@code last}, both included. */
    private record Days(LocalDate first, LocalDate last) {
    }

    /** A period as its whole months (the organisation's rollup rows) and the partial months at either end (person rows). */
    private record Parts(LocalDate firstMonth, LocalDate lastMonth, List<Days> partial) {

        static Parts of(LocalDate from, LocalDate to) {
            LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : YearMonth.from(from).plusMonths(1).atDay(1);
            LocalDate lastWholeMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1) : YearMonth.from(to).minusMonths(1).atDay(1);
            if (firstWholeMonth.isAfter(lastWholeMonth)) {
                return new Parts(null, null, List.of(new Days(from, to)));
            }
            List<Days> partial = new ArrayList<>();
            if (from.isBefore(firstWholeMonth)) {
                partial.add(new Days(from, firstWholeMonth.minusDays(1)));
            }
            if (!to.isBefore(lastWholeMonth.plusMonths(1))) {
                partial.add(new Days(lastWholeMonth.plusMonths(1), to));
            }
            return new Parts(firstWholeMonth, lastWholeMonth, partial);
        }

        boolean hasWholeMonths() {
            return firstMonth != null;
        }
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
