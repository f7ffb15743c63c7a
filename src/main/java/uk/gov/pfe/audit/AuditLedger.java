package uk.gov.pfe.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seals a closed case: the hash of each timeline event, chained to the one before, written once.
 * Verifying recomputes the chain from the history as it is now: a changed, removed or added event
 * before the seal shows as the first position where the chains differ.
 */
@Service
public class AuditLedger {

    public record Verification(String caseReference, boolean sealed, boolean intact, int sealedEvents,
            int eventsNow, Integer firstDifference, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final CaseTimeline timeline;

    AuditLedger(JdbcTemplate jdbc, CaseTimeline timeline) {
        this.jdbc = jdbc;
        this.timeline = timeline;
    }

    /** Seals the case's timeline as it stands, in its own transaction; sealing again changes nothing. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int seal(String caseReference) {
        Integer existing = jdbc.queryForObject("select count(*) from pfe_audit_ledger where case_reference = ?",
                Integer.class, caseReference);
        if (existing != null && existing > 0) {
            return existing;
        }
        var chain = chain(timeline.events(caseReference));
        var now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < chain.size(); i++) {
            rows.add(new Object[] {caseReference, i + 1, chain.get(i)[0], chain.get(i)[1], now});
        }
        jdbc.batchUpdate("insert into pfe_audit_ledger (case_reference, seq, event_hash, chain_hash, sealed_at) "
                + "values (?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    public Verification verify(String caseReference) {
        var sealedChain = jdbc.query("select chain_hash from pfe_audit_ledger where case_reference = ? order by seq",
                (rs, i) -> rs.getString(1), caseReference);
        var events = timeline.events(caseReference);
        if (sealedChain.isEmpty()) {
            return new Verification(caseReference, false, false, 0, events.size(), null,
                    "Not sealed yet: a case is sealed when it closes.");
        }
        var now = chain(events);
        for (int i = 0; i < sealedChain.size(); i++) {
            if (i >= now.size() || !sealedChain.get(i).equals(now.get(i)[1])) {
                return new Verification(caseReference, true, false, sealedChain.size(), events.size(), i + 1,
                        "The history differs from the seal at event " + (i + 1) + ".");
            }
        }
        return new Verification(caseReference, true, true, sealedChain.size(), events.size(), null,
                "The history matches the seal" + (events.size() > sealedChain.size()
                        ? "; " + (events.size() - sealedChain.size()) + " event(s) after the seal (the closing steps)." : "."));
    }

    private static List<String[]> chain(List<CaseTimeline.Event> events) {
        var chain = new ArrayList<String[]>();
        var previous = "";
        for (var event : events) {
            var eventHash = CaseTimeline.hash(event);
            previous = CaseTimeline.sha256(previous + eventHash);
            chain.add(new String[] {eventHash, previous});
        }
        return chain;
    }
}
