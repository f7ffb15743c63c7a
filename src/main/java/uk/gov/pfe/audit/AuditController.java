package uk.gov.pfe.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.pfe.security.CurrentUser;
import uk.gov.pfe.security.Groups;
import uk.gov.pfe.web.BadRequestException;
import uk.gov.pfe.web.NotFoundException;

/** The case's full timeline for auditors (JSON or CSV), and the check of its sealed ledger. */
@RestController
class AuditController {

    /** The groups that may read history (READ_HISTORY in the access policy). */
    static final List<String> READERS = List.of(Groups.AUDITORS, Groups.MANAGERS, Groups.CAMUNDA_ADMIN);

    private final CaseTimeline timeline;
    private final CaseReplay replay;
    private final AuditLedger ledger;
    private final CurrentUser user;

    AuditController(CaseTimeline timeline, CaseReplay replay, AuditLedger ledger, CurrentUser user) {
        this.timeline = timeline;
        this.replay = replay;
        this.ledger = ledger;
        this.user = user;
    }

    /** The case as it stood at a moment ({@code at}, ISO-8601 instant; default: now). */
    @GetMapping("/api/audit/cases/{caseReference}/replay")
    CaseReplay.Snapshot replay(@PathVariable String caseReference, @RequestParam(required = false) String at) {
        user.requireAnyOf(READERS, "replay case history");
        Date moment;
        try {
            moment = at == null ? ClockUtil.getCurrentTime() : Date.from(Instant.parse(at));
        } catch (DateTimeParseException e) {
            throw new BadRequestException("at: '" + at + "' is not an ISO-8601 instant such as 2026-11-22T14:30:00Z.");
        }
        requireInHistory(caseReference);
        return replay.at(caseReference, moment);
    }

    @GetMapping("/api/audit/cases/{caseReference}")
    ResponseEntity<?> timeline(@PathVariable String caseReference, @RequestParam(defaultValue = "json") String format) {
        user.requireAnyOf(READERS, "read case history");
        requireInHistory(caseReference);
        var events = timeline.events(caseReference);
        return switch (format.toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> ResponseEntity.ok(Map.of("caseReference", caseReference, "events", events));
            case "csv" -> {
                var csv = new StringBuilder("time,processInstanceId,businessKey,type,element,detail,user\n");
                for (var e : events) {
                    csv.append(DateTimeFormatter.ISO_INSTANT.format(e.time().toInstant())).append(',')
                            .append(e.processInstanceId()).append(',').append(quote(e.businessKey())).append(',')
                            .append(e.type()).append(',').append(quote(e.element())).append(',')
                            .append(quote(e.detail())).append(',').append(quote(e.user())).append('\n');
                }
                yield ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv.toString());
            }
            default -> throw new BadRequestException("format must be json or csv.");
        };
    }

    @GetMapping("/api/audit/cases/{caseReference}/verify")
    AuditLedger.Verification verify(@PathVariable String caseReference) {
        user.requireAnyOf(READERS, "verify case history");
        requireInHistory(caseReference);
        return ledger.verify(caseReference);
    }

    private static String quote(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"").replace("\n", " ") + "\"";
    }

    private void requireInHistory(String caseReference) {
        if (timeline.instances(caseReference).isEmpty()) {
            throw new NotFoundException("No case " + caseReference + " in the history.");
        }
    }
}
