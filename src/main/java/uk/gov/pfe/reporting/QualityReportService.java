package uk.gov.pfe.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.gov.pfe.process.CqcRating;
import uk.gov.pfe.process.ServiceType;
import uk.gov.pfe.process.UkTime;

/**
 * Builds the board's quality report from the register's history (pfe_provider_history, never
 * rewritten) and the records of the procedure. Read-only.
 */
@Service
public class QualityReportService {

    static final Map<ServiceType, String> ROWS = new LinkedHashMap<>();
    static final Map<CqcRating, String> COLUMNS = new LinkedHashMap<>();

    static {
        ROWS.put(ServiceType.CARE_HOME_NURSING, "Nursing homes");
        ROWS.put(ServiceType.CARE_HOME_RESIDENTIAL, "Residential homes");
        ROWS.put(ServiceType.HOME_CARE, "Home care providers");
        COLUMNS.put(CqcRating.OUTSTANDING, "Outstanding");
        COLUMNS.put(CqcRating.GOOD, "Good");
        COLUMNS.put(CqcRating.REQUIRES_IMPROVEMENT, "Requires Improvement");
        COLUMNS.put(CqcRating.INADEQUATE, "Inadequate");
        COLUMNS.put(CqcRating.NOT_YET_RATED, "Not yet rated");
    }

    private record Position(boolean registered, String serviceType, String rating, boolean suspended) {
    }

    private final JdbcTemplate jdbc;

    QualityReportService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public QualityReport report(LocalDate from, LocalDate to) {
        var before = positionsAt(from);
        var now = positionsAt(to);
        var profile = new ArrayList<QualityReport.ProfileRow>();
        for (var row : ROWS.entrySet()) {
            var cells = new LinkedHashMap<String, QualityReport.Cell>();
            for (var column : COLUMNS.keySet()) {
                cells.put(column.name(), new QualityReport.Cell(count(now, row.getKey(), column), count(before, row.getKey(), column)));
            }
            profile.add(new QualityReport.ProfileRow(row.getKey().name(), row.getValue(), cells));
        }
        return new QualityReport(from, to, profile, watched(to, now), activity(from, to), outcomesAfterMoves(from, to),
                ratingChanges(from, to));
    }

    /** Each provider's registration, service type, rating and suspension on that day, from its history. */
    private Map<String, Position> positionsAt(LocalDate day) {
        var positions = new HashMap<String, Position>();
        jdbc.query("select provider_id, field, new_value from pfe_provider_history where effective_on <= ? "
                + "order by effective_on, recorded_at", rs -> {
                    var id = rs.getString(1);
                    var p = positions.getOrDefault(id, new Position(false, null, null, false));
                    var value = rs.getString(3);
                    positions.put(id, switch (rs.getString(2)) {
                        case "REGISTERED" -> new Position(Boolean.parseBoolean(value), p.serviceType(), p.rating(), p.suspended());
                        case "SERVICE_TYPE" -> new Position(p.registered(), value, p.rating(), p.suspended());
                        case "CQC_RATING" -> new Position(p.registered(), p.serviceType(), value, p.suspended());
                        case "PLACEMENTS_SUSPENDED" -> new Position(p.registered(), p.serviceType(), p.rating(),
                                Boolean.parseBoolean(value));
                        default -> p;
                    });
                }, Date.valueOf(day));
        return positions;
    }

    private static int count(Map<String, Position> positions, ServiceType type, CqcRating rating) {
        return (int) positions.values().stream()
                .filter(p -> p.registered() && type.name().equals(p.serviceType()) && rating.name().equals(p.rating()))
                .count();
    }

    private List<QualityReport.Watched> watched(LocalDate to, Map<String, Position> now) {
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
        var openCases = new HashMap<String, Map<String, Object>>();
        for (var row : jdbc.queryForList("select case_reference, provider_id, escalation_level, opened_at from pfe_case "
                + "where opened_at < ? and (closed_at is null or closed_at >= ?) order by opened_at", end, end)) {
            openCases.putIfAbsent((String) row.get("provider_id"), row);
        }
        var names = new HashMap<String, String>();
        jdbc.query("select provider_id, name from pfe_provider", rs -> {
            names.put(rs.getString(1), rs.getString(2));
        });
        var watched = new ArrayList<QualityReport.Watched>();
        var ids = new java.util.TreeSet<String>(openCases.keySet());
        now.forEach((id, p) -> {
            if (p.registered() && p.suspended()) {
                ids.add(id);
            }
        });
        for (var id : ids) {
            var p = now.getOrDefault(id, new Position(false, null, null, false));
            var open = openCases.get(id);
            Integer days = null;
            if (open != null) {
                var opened = ((Timestamp) open.get("opened_at")).toInstant().atZone(UkTime.ZONE).toLocalDate();
                days = (int) ChronoUnit.DAYS.between(opened, to);
            }
            watched.add(new QualityReport.Watched(id, names.getOrDefault(id, id), p.serviceType(), p.rating(), p.suspended(),
                    open == null ? null : (String) open.get("case_reference"),
                    open == null ? null : (String) open.get("escalation_level"), days));
        }
        return watched;
    }

    private QualityReport.Activity activity(LocalDate from, LocalDate to) {
        var start = Timestamp.from(from.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
        var end = Timestamp.from(to.plusDays(1).atStartOfDay(UkTime.ZONE).toInstant());
        return new QualityReport.Activity(
                grouped("select coalesce(escalation_level, 'NOT_ASSESSED'), count(*) from pfe_case where opened_at >= ? "
                        + "and opened_at < ? group by coalesce(escalation_level, 'NOT_ASSESSED')", start, end),
                grouped("select trigger_type, count(*) from pfe_case where opened_at >= ? and opened_at < ? group by trigger_type",
                        start, end),
                grouped("select coalesce(escalation_level, 'NOT_ASSESSED'), count(*) from pfe_case where closed_at >= ? "
                        + "and closed_at < ? group by coalesce(escalation_level, 'NOT_ASSESSED')", start, end),
                grouped("select coalesce(candidate_group, 'none'), count(*) from pfe_escalation where escalated_at >= ? "
                        + "and escalated_at < ? group by coalesce(candidate_group, 'none')", start, end),
                jdbc.queryForObject("select count(*) from pfe_move where recorded_at >= ? and recorded_at < ?", Integer.class,
                        start, end),
                jdbc.queryForObject("select coalesce(sum(shifts_per_day), 0) from pfe_staff_allocation where allocated_at >= ? "
                        + "and allocated_at < ?", Integer.class, start, end));
    }

    /** Outcomes that happened in the period, each person counted once per outcome and window. */
    private QualityReport.OutcomesAfterMoves outcomesAfterMoves(LocalDate from, LocalDate to) {
        var within30 = new HashMap<String, Set<String>>();
        var within90 = new HashMap<String, Set<String>>();
        jdbc.query("select o.outcome, o.person_id, o.occurred_on, coalesce(m.moving_date, cast(m.recorded_at as date)) "
                + "from pfe_move_outcome o join pfe_move m on m.case_reference = o.case_reference and m.person_id = o.person_id "
                + "where o.occurred_on > ? and o.occurred_on <= ?", rs -> {
                    long days = ChronoUnit.DAYS.between(rs.getDate(4).toLocalDate(), rs.getDate(3).toLocalDate());
                    if (days >= 0 && days <= 90) {
                        within90.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                    if (days >= 0 && days <= 30) {
                        within30.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                }, Date.valueOf(from), Date.valueOf(to));
        return new QualityReport.OutcomesAfterMoves(
                within30.getOrDefault("HOSPITAL_ADMISSION", Set.of()).size(),
                within90.getOrDefault("HOSPITAL_ADMISSION", Set.of()).size(),
                within30.getOrDefault("DEATH", Set.of()).size(),
                within90.getOrDefault("DEATH", Set.of()).size());
    }

    private Map<String, Integer> grouped(String sql, Object... args) {
        var result = new TreeMap<String, Integer>();
        jdbc.query(sql, rs -> {
            result.put(rs.getString(1), rs.getInt(2));
        }, args);
        return result;
    }

    private List<QualityReport.RatingChange> ratingChanges(LocalDate from, LocalDate to) {
        return jdbc.query("select h.provider_id, p.name, p.service_type, h.old_value, h.new_value, h.effective_on "
                        + "from pfe_provider_history h join pfe_provider p on p.provider_id = h.provider_id "
                        + "where h.field = 'CQC_RATING' and h.old_value is not null and h.effective_on > ? and h.effective_on <= ? "
                        + "order by h.effective_on, h.provider_id",
                (rs, i) -> new QualityReport.RatingChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getDate(6).toLocalDate()),
                Date.valueOf(from), Date.valueOf(to));
    }
}
