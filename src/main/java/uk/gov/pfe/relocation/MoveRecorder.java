package uk.gov.pfe.relocation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a move: the person's record moves to the new provider, the new place is taken from the
 * vacancies (a bed, or home care hours) and the old one released. Idempotent: a move already recorded
 * for the case and person changes nothing.
 */
@Service
public class MoveRecorder {

    private static final Logger log = LoggerFactory.getLogger(MoveRecorder.class);

    private final JdbcTemplate jdbc;
    private final RelocationPlanner planner;

    MoveRecorder(JdbcTemplate jdbc, RelocationPlanner planner) {
        this.jdbc = jdbc;
        this.planner = planner;
    }

    @Transactional
    public boolean recordMove(String caseReference, String personId, String toProvider, LocalDate movingDate) {
        Integer already = jdbc.queryForObject("select count(*) from pfe_move where case_reference = ? and person_id = ?",
                Integer.class, caseReference, personId);
        if (already != null && already > 0) {
            return false;
        }
        planner.choose(caseReference, personId, toProvider);
        var plan = jdbc.queryForList("select bed_type, units from pfe_placement_plan where case_reference = ? and person_id = ?",
                caseReference, personId);
        var person = jdbc.queryForMap("select provider_id from pfe_person where person_id = ?", personId);
        var from = (String) person.get("provider_id");
        var bedType = plan.isEmpty() ? "OUTSIDE_REGISTER" : (String) plan.get(0).get("bed_type");
        int units = plan.isEmpty() ? 1 : ((Number) plan.get(0).get("units")).intValue();
        jdbc.update("insert into pfe_move (move_id, case_reference, person_id, from_provider_id, to_provider_id, bed_type, units, "
                        + "moving_date, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), caseReference, personId, from, toProvider, bedType, units,
                movingDate == null ? null : Date.valueOf(movingDate), new Timestamp(ClockUtil.getCurrentTime().getTime()));
        if (!plan.isEmpty()) {
            jdbc.update("update pfe_vacancy set vacancies = vacancies - ? where provider_id = ? and bed_type = ? and vacancies >= ?",
                    units, toProvider, bedType, units);
            jdbc.update("update pfe_vacancy set vacancies = vacancies + ? where provider_id = ? and bed_type = ?",
                    units, from, bedType);
            jdbc.update("update pfe_placement_plan set status = 'MOVED' where case_reference = ? and person_id = ?",
                    caseReference, personId);
        }
        jdbc.update("update pfe_person set provider_id = ?, status = 'ACTIVE' where person_id = ?",
                jdbc.queryForObject("select count(*) from pfe_provider where provider_id = ?", Integer.class, toProvider) > 0
                        ? toProvider : from, personId);
        if (jdbc.queryForObject("select count(*) from pfe_provider where provider_id = ?", Integer.class, toProvider) == 0) {
            jdbc.update("update pfe_person set status = 'OUTSIDE_REGISTER' where person_id = ?", personId);
        }
        log.info("Case {}: person {} moved from {} to {}", caseReference, personId, from, toProvider);
        return true;
    }

    /** The person left the procedure (died, hospital, own arrangements): their held place is released. */
    @Transactional
    public void recordLeft(String caseReference, String personId, String reason) {
        jdbc.update("update pfe_person set status = 'LEFT', left_reason = ? where person_id = ?", reason, personId);
        jdbc.update("update pfe_placement_plan set status = 'RELEASED' where case_reference = ? and person_id = ? "
                + "and status in ('PROPOSED', 'AGREED')", caseReference, personId);
        log.info("Case {}: person {} left the procedure ({})", caseReference, personId, reason);
    }
}
