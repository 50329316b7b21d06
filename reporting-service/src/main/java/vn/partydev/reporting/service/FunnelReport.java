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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pipeline (phễu phát triển đảng viên): how many people reached each stage in the period, conversion from
 * stage to stage and per source organisation (admitted ÷ nominated in the period), and the median working days
 * spent between consecutive stages by those who reached the later stage in the period. The counts of whole months are
 * the organisation's {@code funnel_rollup} rows; the medians read the subtree's person rows once.
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
        Map<String, long[]> bySource = new LinkedHashMap<>();
        for (NominationSource source : NominationSource.values()) {
            bySource.put(source.name(), new long[Stage.values().length]);
        }
        // the organisation's rollup rows: the sources of its people, the months its stages span (for the medians' calendar),
        // and the whole months of the period; partial months at either end from the person rows
        LocalDate[] span = new LocalDate[2];
        SqlStatements.list(connection, "SELECT source, min(month), max(month) FROM funnel_rollup WHERE org_id = ? GROUP BY source", row -> {
            bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length]);
            LocalDate earliest = row.getObject(2, LocalDate.class);
            LocalDate latest = row.getObject(3, LocalDate.class);
            span[0] = earliest == null || (span[0] != null && span[0].isBefore(earliest)) ? span[0] : earliest;
            span[1] = latest == null || (span[1] != null && span[1].isAfter(latest)) ? span[1] : latest;
            return null;
        }, query.org().id());
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : YearMonth.from(from).plusMonths(1).atDay(1);
        LocalDate lastWholeMonth = to.equals(YearMonth.from(to).atEndOfMonth()) ? to.withDayOfMonth(1) : YearMonth.from(to).minusMonths(1).atDay(1);
        if (firstWholeMonth.isAfter(lastWholeMonth)) {
            countPersons(connection, subtree, from, to, bySource);
        } else {
            SqlStatements.list(connection, "SELECT source, stage, sum(people) FROM funnel_rollup WHERE org_id = ? AND month >= ? AND month <= ? "
                    + "AND stage <> 'PERSON' GROUP BY source, stage", row -> {
                bySource.computeIfAbsent(row.getString(1), key -> new long[Stage.values().length])[Stage.valueOf(row.getString(2)).ordinal()]
                        += row.getLong(3);
                return null;
            }, query.org().id(), firstWholeMonth, lastWholeMonth);
            if (from.isBefore(firstWholeMonth)) {
                countPersons(connection, subtree, from, firstWholeMonth.minusDays(1), bySource);
            }
            if (!to.isBefore(lastWholeMonth.plusMonths(1))) {
                countPersons(connection, subtree, lastWholeMonth.plusMonths(1), to, bySource);
            }
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
        BigDecimal[] medians = medians(query, span[0], span[1] == null ? null : YearMonth.from(span[1]).atEndOfMonth());
        Stage previous = null;
        for (Stage stage : Stage.values()) {
            stages.row(stage.name(), stage.vietnamese, stage.english, totals[stage.ordinal()],
                    previous == null ? null : Percentage.of(totals[stage.ordinal()], totals[previous.ordinal()]),
                    previous == null ? null : medians[stage.ordinal()]);
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
    private static void countPersons(java.sql.Connection connection, String subtree, LocalDate first, LocalDate last, Map<String, long[]> bySource) {
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

    /**
     * Per stage, the median working days from the previous stage for the people reaching it in the period, in one
     * pass in SQL: a working-day ordinal per calendar day of the span (from the platform calendar, so holidays such as
     * Tết count as they do everywhere) makes each duration a difference of two array elements; percentile_cont(0.5)
     * is the middle value or the mean of the two middle ones, as {@link Median}.
     */
    private BigDecimal[] medians(Query query, LocalDate first, LocalDate last) {
        BigDecimal[] medians = new BigDecimal[Stage.values().length];
        if (first == null) {
            return medians;
        }
        List<Integer> ordinals = new ArrayList<>(List.of(0));
        int ordinal = 0;
        for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            ordinal += calendar.isWorkingDay(day) ? 1 : 0;
            ordinals.add(ordinal);
        }
        StringBuilder sql = new StringBuilder("SELECT NULL");
        List<Object> parameters = new ArrayList<>();
        for (int i = 1; i < Stage.values().length; i++) {
            String earlier = Stage.values()[i - 1].column;
            String later = Stage.values()[i].column;
            sql.append(", percentile_cont(0.5) WITHIN GROUP (ORDER BY cal.o[").append(later).append(" - cal.first + 1] - cal.o[").append(earlier)
                    .append(" - cal.first + 1]) FILTER (WHERE ").append(later).append(" BETWEEN ? AND ? AND ").append(earlier).append(" IS NOT NULL)");
            parameters.add(query.period().from());
            parameters.add(query.period().to());
        }
        sql.append(" FROM person, (SELECT ?::int[] AS o, ?::date AS first) cal WHERE org_path LIKE ?");
        // a typed int[] parameter: bound once; text cast to int[] would be parsed again for every element read
        parameters.add(SqlStatements.ints(query.connection(), ordinals));
        parameters.add(first);
        parameters.add(query.org().subtree());
        SqlStatements.one(query.connection(), sql.toString(), row -> {
            for (int i = 1; i < medians.length; i++) {
                double median = row.getDouble(i + 1);
                medians[i] = row.wasNull() ? null : BigDecimal.valueOf(median).setScale(1, RoundingMode.HALF_UP);
            }
            return null;
        }, parameters.toArray());
        return medians;
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
