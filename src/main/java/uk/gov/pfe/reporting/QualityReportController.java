package uk.gov.pfe.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import uk.gov.pfe.process.UkTime;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.BadRequestException;

/** The board's quality report: JSON, CSV, or an HTML page a manager can print. */
@RestController
class QualityReportController {

    static final List<String> READERS = List.of(Groups.MANAGERS, Groups.COMMISSIONING, Groups.AUDITORS, Groups.CAMUNDA_ADMIN);

    private final QualityReportService reports;
    private final CurrentUser user;

    QualityReportController(QualityReportService reports, CurrentUser user) {
        this.reports = reports;
        this.user = user;
    }

    @GetMapping("/api/reports/quality")
    ResponseEntity<?> quality(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "json") String format) {
        user.requireAnyOf(READERS, "read the quality report");
        var end = to == null ? UkTime.today()
                : date("to", to);
        var start = from == null ? end.minusMonths(3) : date("from", from);
        if (start.isAfter(end)) {
            throw new BadRequestException("from (" + start + ") must not be after to (" + end + ").");
        }
        var report = reports.report(start, end);
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(report);
            case "csv" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"quality-report-" + end + ".csv\"").body(csv(report));
            case "html" -> ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(html(report));
            default -> throw new BadRequestException("format must be json, csv or html.");
        };
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + ": '" + value + "' is not a date yyyy-MM-dd.");
        }
    }

    static String csv(QualityReport r) {
        var out = new StringBuilder("Service type");
        QualityReportService.COLUMNS.values().forEach(c -> out.append(',').append(c));
        out.append('\n');
        for (var row : r.ratingsProfile()) {
            out.append(row.label());
            row.cells().values().forEach(c -> out.append(',').append(c.display()));
            out.append('\n');
        }
        out.append("\nProvider,Name,Service type,CQC rating,Placements suspended,Case,Escalation level,Days open\n");
        for (var w : r.providersToWatch()) {
            out.append(String.join(",", w.providerId(), quote(w.name()), String.valueOf(w.serviceType()),
                    String.valueOf(w.cqcRating()), String.valueOf(w.placementsSuspended()), nz(w.caseReference()),
                    nz(w.escalationLevel()), w.daysOpen() == null ? "" : String.valueOf(w.daysOpen()))).append('\n');
        }
        var a = r.activity();
        var o = r.outcomesAfterMoves();
        out.append("\nIn the period,Count\n");
        a.casesOpenedByLevel().forEach((k, v) -> out.append("Cases opened at ").append(k).append(',').append(v).append('\n'));
        a.casesOpenedByTrigger().forEach((k, v) -> out.append("Cases opened on ").append(k).append(',').append(v).append('\n'));
        a.casesClosedByLevel().forEach((k, v) -> out.append("Cases closed at ").append(k).append(',').append(v).append('\n'));
        a.escalationsByTeam().forEach((k, v) -> out.append("Escalations of ").append(k).append(',').append(v).append('\n'));
        out.append("People relocated,").append(a.peopleRelocated()).append('\n');
        out.append("Mutual-aid shifts a day deployed,").append(a.mutualAidShiftsPerDayDeployed()).append('\n');
        out.append("Hospital admissions within 30 days of a move,").append(o.hospitalAdmissionsWithin30Days()).append('\n');
        out.append("Hospital admissions within 90 days of a move,").append(o.hospitalAdmissionsWithin90Days()).append('\n');
        out.append("Deaths within 30 days of a move,").append(o.deathsWithin30Days()).append('\n');
        out.append("Deaths within 90 days of a move,").append(o.deathsWithin90Days()).append('\n');
        out.append("\nRating change,Name,Service type,From,To,Effective on\n");
        for (var c : r.ratingChanges()) {
            out.append(String.join(",", c.providerId(), quote(c.name()), c.serviceType(), c.from(), c.to(),
                    c.effectiveOn().toString())).append('\n');
        }
        return out.toString();
    }

    static String html(QualityReport r) {
        var h = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Quality report "
                + r.to() + "</title><style>body{font-family:Arial,sans-serif;margin:2em}table{border-collapse:collapse;"
                + "margin-bottom:1.5em}th,td{border:1px solid #999;padding:4px 10px;text-align:center}th:first-child,"
                + "td:first-child{text-align:left}caption{text-align:left;font-weight:bold;margin-bottom:4px}</style></head><body>");
        h.append("<h1>Quality update for the joint commissioning board</h1>");
        h.append("<p>Position at ").append(r.to()).append("; in brackets the position at the last report, ")
                .append(r.from()).append(", where it differs.</p>");
        h.append("<table><caption>CQC ratings profile</caption><tr><th></th>");
        QualityReportService.COLUMNS.values().forEach(c -> h.append("<th>").append(c).append("</th>"));
        h.append("</tr>");
        for (var row : r.ratingsProfile()) {
            h.append("<tr><td>").append(row.label()).append("</td>");
            row.cells().values().forEach(c -> h.append("<td>").append(c.display()).append("</td>"));
            h.append("</tr>");
        }
        h.append("</table><table><caption>Providers under enhanced monitoring, with placements suspended, or in an open case"
                + "</caption><tr><th>Provider</th><th>Rating</th><th>Suspended</th><th>Case</th><th>Level</th><th>Days open</th></tr>");
        if (r.providersToWatch().isEmpty()) {
            h.append("<tr><td colspan=\"6\">None</td></tr>");
        }
        for (var w : r.providersToWatch()) {
            h.append("<tr><td>").append(HtmlUtils.htmlEscape(w.name())).append(" (").append(w.providerId()).append(")</td><td>")
                    .append(words(w.cqcRating())).append("</td><td>").append(w.placementsSuspended() ? "yes" : "no")
                    .append("</td><td>").append(nz(w.caseReference())).append("</td><td>").append(w.caseReference() != null && w.escalationLevel() == null ? "Not yet assessed"
                            : words(w.escalationLevel()))
                    .append("</td><td>").append(w.daysOpen() == null ? "" : w.daysOpen()).append("</td></tr>");
        }
        var a = r.activity();
        h.append("</table><table><caption>What the procedure did in the period</caption>");
        h.append("<tr><td>Cases opened, by level</td><td>").append(counts(a.casesOpenedByLevel())).append("</td></tr>");
        h.append("<tr><td>Cases opened, by trigger</td><td>").append(counts(a.casesOpenedByTrigger())).append("</td></tr>");
        h.append("<tr><td>Cases closed, by level</td><td>").append(counts(a.casesClosedByLevel())).append("</td></tr>");
        h.append("<tr><td>Escalations (deadlines passed), by team</td><td>").append(counts(a.escalationsByTeam())).append("</td></tr>");
        h.append("<tr><td>People relocated</td><td>").append(a.peopleRelocated()).append("</td></tr>");
        h.append("<tr><td>Mutual-aid shifts a day deployed</td><td>").append(a.mutualAidShiftsPerDayDeployed()).append("</td></tr>");
        var o = r.outcomesAfterMoves();
        h.append("<tr><td>People admitted to hospital within 30 / 90 days of a move</td><td>")
                .append(o.hospitalAdmissionsWithin30Days()).append(" / ").append(o.hospitalAdmissionsWithin90Days()).append("</td></tr>");
        h.append("<tr><td>People who died within 30 / 90 days of a move</td><td>")
                .append(o.deathsWithin30Days()).append(" / ").append(o.deathsWithin90Days()).append("</td></tr>");
        h.append("</table><table><caption>Rating changes in the period</caption><tr><th>Provider</th><th>From</th><th>To</th>"
                + "<th>Effective</th></tr>");
        if (r.ratingChanges().isEmpty()) {
            h.append("<tr><td colspan=\"4\">None</td></tr>");
        }
        for (var c : r.ratingChanges()) {
            h.append("<tr><td>").append(HtmlUtils.htmlEscape(c.name())).append(" (").append(c.providerId()).append(")</td><td>")
                    .append(words(c.from())).append("</td><td>").append(words(c.to())).append("</td><td>").append(c.effectiveOn())
                    .append("</td></tr>");
        }
        return h.append("</table></body></html>").toString();
    }

    /** "none", or "Provider failure: 2, Emergency: 1" */
    private static String counts(java.util.Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        var parts = new java.util.ArrayList<String>();
        counts.forEach((k, v) -> parts.add(HtmlUtils.htmlEscape(words(k)) + ": " + v));
        return String.join(", ", parts);
    }

    /** REQUIRES_IMPROVEMENT -> Requires improvement; group ids are left as they are. */
    private static String words(String value) {
        if (value == null) {
            return "";
        }
        if (!value.equals(value.toUpperCase(java.util.Locale.ROOT))) {
            return value;
        }
        var text = value.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String quote(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
