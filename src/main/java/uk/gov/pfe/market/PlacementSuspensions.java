package uk.gov.pfe.market;

import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends and lifts new placements at a provider for a case. Both are idempotent: a case suspends a
 * provider once, and lifting what is not suspended changes nothing. The register's flag stays set
 * while any case still holds a suspension.
 */
@Service
public class PlacementSuspensions {

    private static final Logger log = LoggerFactory.getLogger(PlacementSuspensions.class);

    private final JdbcTemplate jdbc;
    private final ProviderRegister register;

    PlacementSuspensions(JdbcTemplate jdbc, ProviderRegister register) {
        this.jdbc = jdbc;
        this.register = register;
    }

    @Transactional
    public void suspend(String caseReference, String providerId, String scope, LocalDate reviewDate, String by) {
        if (register.find(providerId).isEmpty()) {
            throw new IllegalStateException("Provider " + providerId + " is not in the market register; "
                    + "add it before suspending placements");
        }
        Integer open = jdbc.queryForObject("select count(*) from pfe_suspension where case_reference = ? "
                + "and provider_id = ? and lifted_at is null", Integer.class, caseReference, providerId);
        if (open != null && open > 0) {
            return;
        }
        jdbc.update("insert into pfe_suspension (suspension_id, provider_id, case_reference, scope, review_date, set_at, "
                        + "set_by) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), providerId, caseReference, scope, reviewDate, ClockUtil.getCurrentTime(), by);
        register.setPlacementsSuspended(providerId, true);
        log.info("Case {}: new placements at provider {} suspended ({}), review {}", caseReference, providerId, scope,
                reviewDate);
    }

    @Transactional
    public void lift(String caseReference, String providerId, String by) {
        int lifted = jdbc.update("update pfe_suspension set lifted_at = ?, lifted_by = ? where case_reference = ? "
                + "and provider_id = ? and lifted_at is null", ClockUtil.getCurrentTime(), by, caseReference, providerId);
        Integer stillOpen = jdbc.queryForObject("select count(*) from pfe_suspension where provider_id = ? "
                + "and lifted_at is null", Integer.class, providerId);
        if (stillOpen != null && stillOpen == 0) {
            register.setPlacementsSuspended(providerId, false);
        }
        if (lifted > 0) {
            log.info("Case {}: suspension of placements at provider {} lifted", caseReference, providerId);
        }
    }

    public boolean isSuspendedBy(String caseReference, String providerId) {
        Integer open = jdbc.queryForObject("select count(*) from pfe_suspension where case_reference = ? "
                + "and provider_id = ? and lifted_at is null", Integer.class, caseReference, providerId);
        return open != null && open > 0;
    }
}
